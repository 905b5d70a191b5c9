package vn.motcua.dossier.files;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Refuses the cleartext HTTP/2 upgrade ({@code Upgrade: h2c}) on the plain HTTP port: to switch protocols in the
 * middle of a request, Vert.x first reads that request's whole body into memory, so an upload sent with the header
 * (the JDK's HttpClient sends it by default) would sit whole in the heap instead of streaming, and a 150 MB file
 * would not pass a service with -Xmx256m (issue 15; CitizenJourneyIT measures it). Such a client simply goes on in
 * HTTP/1.1. HTTP/2 over TLS (ALPN) is not affected.
 */
@ApplicationScoped
public class NoCleartextUpgrade implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(false);
    }
}
