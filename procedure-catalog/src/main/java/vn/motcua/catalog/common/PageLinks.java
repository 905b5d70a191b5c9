package vn.motcua.catalog.common;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/** Answers a page with its {@code Link} header (rel=next, rel=prev), keeping the request's other parameters. */
public final class PageLinks {

    private PageLinks() {
    }

    public static Response ok(Page<?> page, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(page);
        List<String> links = new ArrayList<>();
        if (page.hasNext()) {
            links.add(link(uri, page.page() + 1, "next"));
        }
        if (page.hasPrevious()) {
            long lastPage = page.total() == 0 ? 0 : (page.total() - 1) / page.size();
            links.add(link(uri, (int) Math.min(page.page() - 1, lastPage), "prev"));
        }
        if (!links.isEmpty()) {
            response.header("Link", String.join(", ", links));
        }
        return response.build();
    }

    private static String link(UriInfo uri, int page, String rel) {
        return "<" + uri.getRequestUriBuilder().replaceQueryParam("page", page).build() + ">; rel=\"" + rel + "\"";
    }
}
