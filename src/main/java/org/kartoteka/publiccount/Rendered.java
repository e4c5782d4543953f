package org.kartoteka.publiccount;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A public answer rendered ahead of time: its bytes, media type and strong ETag (a hash of the
 * bytes, so that equal answers on several instances share a tag). Answering is a map lookup.
 */
public record Rendered(byte[] body, String mediaType, String etag) {

    public static Rendered of(String text, String mediaType) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new Rendered(bytes, mediaType, etagOf(bytes));
    }

    static Rendered of(byte[] bytes, String mediaType) {
        return new Rendered(bytes, mediaType, etagOf(bytes));
    }

    /** 200 with the bytes, or 304 when {@code If-None-Match} names this version. */
    public Response.ResponseBuilder respond(String ifNoneMatch) {
        Response.ResponseBuilder response = matches(ifNoneMatch) ? Response.notModified()
                : Response.ok(body, mediaType);
        return PublicHeaders.cors(response)
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, PublicHeaders.CACHE_CONTROL);
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
