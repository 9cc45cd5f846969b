package io.techpool.platform.web;

/**
 * Where a paged list is and the links to its neighbours, for a page's pager: {@code number} counts from 1,
 * {@code previous} and {@code next} are null at the ends.
 */
public record Pager(long number, long pages, String previous, String next) {

    /** For zero-based {@code page} of {@code path}, which must not carry a query of its own. */
    public static Pager of(String path, int page, int size, long total) {
        long pages = Math.max(1, (total + size - 1) / size);
        return new Pager(
                page + 1L,
                pages,
                page > 0 ? path + "?page=" + (page - 1) : null,
                page + 1 < pages ? path + "?page=" + (page + 1) : null);
    }

    /** For zero-based {@code page} of {@code path} with a query of its own (a list's filters), kept in the links. */
    public static Pager of(String path, java.util.Map<String, String> query, int page, int size, long total) {
        StringBuilder withQuery = new StringBuilder(path).append('?');
        query.forEach((name, value) -> withQuery
                .append(name)
                .append('=')
                .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8))
                .append('&'));
        Pager plain = of("", page, size, total);
        String base = withQuery.toString();
        return new Pager(
                plain.number(),
                plain.pages(),
                plain.previous() == null ? null : base + plain.previous().substring(1),
                plain.next() == null ? null : base + plain.next().substring(1));
    }

    public boolean several() {
        return pages > 1;
    }
}
