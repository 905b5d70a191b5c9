package vn.motcua.catalog.procedure;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.catalog.common.PageSchema;

/** For the OpenAPI document only: the page type of search results. */
@Schema(name = "ProcedurePage")
public abstract class ProcedurePage extends PageSchema {
    public List<ProcedureView> items;
}
