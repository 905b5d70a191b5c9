package vn.motcua.catalog.common;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: {@code page} counts from 0; {@code total} is the number of items on all pages. The OpenAPI
 * document shows it through {@link PageSchema}.
 */
public record Page<T>(List<T> items, int page, int size, long total) {

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
