package io.techpool.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code {items, page, size, total}}. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 100;

    /** OpenSearch's default {@code index.max_result_window}: search hits past it cannot be paged to. */
    public static final int SEARCH_WINDOW = 10_000;

    /** A page of search hits past {@link #SEARCH_WINDOW} is a 400 naming {@code page}, not a search engine failure. */
    public static void requireInSearchWindow(int page, int size) {
        if ((long) (page + 1) * size > SEARCH_WINDOW) {
            throw new DomainException.Invalid("page", m -> m.beyondSearchWindow(SEARCH_WINDOW));
        }
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
