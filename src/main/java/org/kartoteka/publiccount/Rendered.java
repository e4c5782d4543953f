package org.kartoteka.publiccount;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A public answer rendered ahead of time: its bytes, media type and strong ETag (a hash of the
 * bytes, so that equal answers on several instances share a tag), and the same as the HTTP server
 * writes them ({@link Wire}), so that answering is a map lookup and a write.
 */
public record Rendered(byte[] body, String mediaType, String etag, Wire wire) {

    /** The answer as {@link PublicCountRoute} writes it: a shared buffer and header values encoded once. */
    record Wire(Buffer body, CharSequence etag, CharSequence contentType, CharSequence contentLength) {}

    public static Rendered of(String text, String mediaType) {
        return of(text.getBytes(StandardCharsets.UTF_8), mediaType);
    }

    static Rendered of(byte[] bytes, String mediaType) {
        String etag = etagOf(bytes);
        return new Rendered(bytes, mediaType, etag, new Wire(Buffer.buffer(bytes), HttpHeaders.createOptimized(etag),
                HttpHeaders.createOptimized(mediaType), HttpHeaders.createOptimized(Integer.toString(bytes.length))));
    }

    /** 200 with the bytes, or 304 when {@code If-None-Match} names this version. */
    public Response.ResponseBuilder respond(String ifNoneMatch) {
        Response.ResponseBuilder response = matches(ifNoneMatch) ? Response.notModified()
                : Response.ok(body, mediaType);
        return PublicHeaders.cacheable(response).header("ETag", etag);
    }

    /** Whether {@code If-None-Match} names this version (or any: {@code *}). */
    boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static String etagOf(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
