package io.newsdesk.article;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What readers think of a story, from its approved reviews only. */
@Schema(name = "ReviewSummary", description = "The approved reviews of a story: how many, their average rating and "
        + "how many gave each rating.")
public record ReviewSummary(
        @Schema(required = true, examples = "12") long count,
        @Schema(required = true, nullable = true, description = "Average rating to one decimal; null without reviews.",
                examples = "4.3") BigDecimal average,
        @Schema(required = true) Stars stars) {

    public static final ReviewSummary NONE = of(new long[5]);

    @Schema(name = "ReviewStars", description = "How many approved reviews gave each rating, 1 to 5.")
    public record Stars(
            @JsonProperty("1") @Schema(required = true) long one,
            @JsonProperty("2") @Schema(required = true) long two,
            @JsonProperty("3") @Schema(required = true) long three,
            @JsonProperty("4") @Schema(required = true) long four,
            @JsonProperty("5") @Schema(required = true) long five) {
    }

    /** @param perStar how many reviews gave 1, 2, 3, 4 and 5 stars, in that order */
    public static ReviewSummary of(long[] perStar) {
        long count = 0;
        long total = 0;
        for (int i = 0; i < perStar.length; i++) {
            count += perStar[i];
            total += perStar[i] * (i + 1);
        }
        BigDecimal average = count == 0 ? null
                : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
        return new ReviewSummary(count, average,
                new Stars(perStar[0], perStar[1], perStar[2], perStar[3], perStar[4]));
    }
}
