package io.newsdesk.article;

import io.newsdesk.common.FieldError;
import io.newsdesk.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Variant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Chooses a story's representation: its JSON view, or one of the {@link StoryFormat}s features offer, by
 * {@code ?format} or else by {@code Accept}.
 */
@ApplicationScoped
class StoryFormats {
    private final List<StoryFormat> formats;
    /** In order of preference: {@code Accept: *}{@code /*} and ties get the first. */
    private final List<Variant> variants;
    private final List<String> supported;

    StoryFormats(Instance<StoryFormat> formats) {
        this.formats = formats.stream().sorted(Comparator.comparingInt(StoryFormat::preference)).toList();
        this.variants = Variant.mediaTypes(Stream.concat(Stream.of(MediaType.APPLICATION_JSON_TYPE),
                this.formats.stream().map(StoryFormat::mediaType)).toArray(MediaType[]::new)).build();
        this.supported = variants.stream().map(v -> v.getMediaType().toString()).toList();
    }

    /**
     * The format to answer in; empty for the JSON view. {@code ?format} wins when given (json, html and
     * text are renderings of the JSON view); otherwise {@code Accept} is weighed with its q-values, and
     * nothing acceptable is a 406 naming the supported types. Either way the response says
     * {@code Vary: Accept}: selecting a variant adds it (JAX-RS {@link Request#selectVariant}), to 304
     * answers too.
     */
    Optional<StoryFormat> negotiate(Request request, String format) {
        Variant chosen = request.selectVariant(variants);
        if (format != null && !format.isBlank()) {
            String name = format.trim().toLowerCase(Locale.ROOT);
            if (List.of("json", "html", "text").contains(name)) {
                return Optional.empty();
            }
            return Optional.of(formats.stream().filter(f -> f.name().equals(name)).findFirst()
                    .orElseThrow(() -> ProblemException.invalid(FieldError.parameter("format", "must be "
                            + String.join(", ", names())))));
        }
        if (chosen == null) {
            throw ProblemException.notAcceptable(supported);
        }
        return formats.stream().filter(f -> f.mediaType().equals(chosen.getMediaType())).findFirst();
    }

    private List<String> names() {
        List<String> names = new ArrayList<>(List.of("json", "html", "text"));
        formats.forEach(f -> names.add(f.name()));
        return names.size() < 2 ? names
                : List.of(String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1));
    }
}
