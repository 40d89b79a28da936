package io.newsdesk.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.UncheckedIOException;
import java.util.List;

/** Stores a story's body blocks as one JSON text column, so every reader of the entity gets blocks. */
@Converter
class BodyJson implements AttributeConverter<List<BodyBlock>, String> {
    /** The body column's size, in characters (V1__articles.sql). */
    static final int MAX_CHARS = 1_000_000;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<List<BodyBlock>> BLOCKS = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<BodyBlock> body) {
        try {
            return MAPPER.writeValueAsString(body == null ? List.of() : body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many characters of the column the body takes. */
    static int length(List<BodyBlock> body) {
        return new BodyJson().convertToDatabaseColumn(body).length();
    }

    @Override
    public List<BodyBlock> convertToEntityAttribute(String json) {
        try {
            return json == null ? List.of() : List.copyOf(MAPPER.readValue(json, BLOCKS));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
