package vn.motcua.testing.embedded;

/** Where a client reaches an S3 API server (path-style) and how it signs its requests. */
public record S3Endpoint(String url, String region, String accessKey, String secretKey) {
}
