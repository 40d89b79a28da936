package io.newsdesk.common;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * JSON bodies are UTF-8 (RFC 8259), strictly: the JSON parser decodes overlong and other ill-formed
 * sequences into characters instead of refusing them. And a body of JSON {@code null} is no body: a
 * request that needs one says so, rather than failing on the missing value later.
 */
@Provider
class StrictBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        int bad = firstMalformedByte(body);
        if (bad >= 0) {
            throw ProblemException.badRequest("The request body is not valid UTF-8 (from byte " + bad + ").");
        }
        context.setInputStream(new ByteArrayInputStream(body));
        Object value = context.proceed();
        if (value == null && !new String(body, StandardCharsets.UTF_8).isBlank()) {
            throw DomainException.malformed("The request body must be a JSON object, not null.");
        }
        return value;
    }

    private static boolean isJson(MediaType type) {
        return type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    }

    /** The offset of the first byte that is not part of well-formed UTF-8, or -1. */
    static int firstMalformedByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            decoder.decode(in);
            return -1;
        } catch (CharacterCodingException e) {
            return in.position();
        }
    }
}
