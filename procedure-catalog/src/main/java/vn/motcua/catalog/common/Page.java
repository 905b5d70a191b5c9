package vn.motcua.catalog.common;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: {@code page} counts from 0; {@code total} is the number of items on all pages. */
@Schema(name = "Page", description = "One page of a list; the Link header has rel=next/prev page URLs")
public record Page<T>(
        @Schema(description = "the items of this page") List<T> items,
        @Schema(examples = "0", description = "page number, from 0") int page,
        @Schema(examples = "20", description = "page size") int size,
        @Schema(examples = "42", description = "items on all pages") long total) {

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
