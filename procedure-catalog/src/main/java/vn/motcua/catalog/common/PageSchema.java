package vn.motcua.catalog.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * For the OpenAPI document only: the paging properties of a {@link Page}, which the document's page types
 * (one per item type, as the document cannot show a generic type) extend with their {@code items}.
 */
public abstract class PageSchema {

    @Schema(examples = "0", description = "page number, from 0")
    public int page;

    @Schema(examples = "20", description = "page size")
    public int size;

    @Schema(examples = "42", description = "items on all pages")
    public long total;
}
