package io.newsdesk.bench;

import static io.newsdesk.bench.Vocabulary.capitalise;
import static io.newsdesk.bench.Vocabulary.pick;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Synthetic stories, the same for the same seed and index: headline, standfirst, 8 to 20 paragraphs
 * (with a heading now and then, a lead image in some, quoted statements with named speakers, a pull
 * quote in some), tags, bylines, revisions and reader reviews.
 */
final class StoryGenerator {
    static final List<String> SECTIONS = List.of("politics", "world", "business", "science", "culture", "sport");
    private static final int[] SECTION_WEIGHTS = { 30, 25, 20, 10, 8, 7 };

    /** A speaker of the shared pool. */
    record Speaker(UUID id, String slug, String name, String role, String organisation) {
    }

    record Block(String type, String text, UUID quoteId, String url, String caption, String credit) {
    }

    record Quote(UUID id, Speaker speaker, String text, int blockIndex, int start, int end, String context,
            Instant createdAt) {
    }

    record Review(UUID id, int rating, String title, String body, String authorName, String email, String status,
            Instant createdAt, Instant moderatedAt) {
    }

    record Story(UUID id, String slug, String headline, String standfirst, String teaser, String section,
            String dateline, List<String> tags, List<String> authors, int urgency, String editorialNote,
            List<Block> body, boolean published, Instant createdAt, Instant publishedAt, List<Instant> revisions,
            List<Quote> quotes, List<Review> reviews) {

        int revision() {
            return revisions.size();
        }

        Instant updatedAt() {
            return revisions.get(revisions.size() - 1);
        }
    }

    private final long seed;
    private final List<Speaker> speakers;
    private final Instant first;
    private final Duration step;
    private final Instant now;

    /**
     * @param stories how many stories the archive holds; they are spread evenly from {@code now - span} to
     *        a little before {@code now}, oldest first, so the index order is publication order
     */
    StoryGenerator(long seed, int stories, Duration span, Instant now) {
        this.seed = seed;
        this.now = now;
        this.first = now.minus(span);
        this.step = span.dividedBy(Math.max(1, stories + 1));
        this.speakers = speakers(new Random(seed));
    }

    List<Speaker> speakers() {
        return speakers;
    }

    Story story(int index) {
        Random random = new Random(seed * 1_000_003L + index);
        String section = section(random);
        Vocabulary.Desk desk = Vocabulary.DESKS.get(section);
        String place = random.nextInt(3) == 0 ? pick(random, Vocabulary.COUNTRIES) : pick(random, Vocabulary.CITIES);
        String topic = pick(random, desk.nouns());
        String headline = headline(random, desk, topic, place);
        String standfirst = capitalise(sentence(random, desk, topic, place));
        String teaser = random.nextInt(5) == 0 ? capitalise(sentence(random, desk, topic, place)) : null;

        Instant created = micros(first.plus(step.multipliedBy(index)).plus(jitter(random)));
        boolean published = random.nextInt(50) != 0;
        List<Instant> revisions = new ArrayList<>();
        revisions.add(created);
        int edits = random.nextInt(10) < 7 ? 0 : random.nextInt(10) < 7 ? 1 : 2;
        for (int e = 0; e < edits; e++) {
            Instant edited = revisions.get(revisions.size() - 1).plusSeconds(60 + random.nextInt(3_600));
            if (edited.isBefore(now)) {
                revisions.add(micros(edited));
            }
        }

        UUID id = uuid(random);
        List<Block> body = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        if (random.nextInt(5) < 2) {
            body.add(new Block("image", null, null, "https://images.newsdesk.example/" + section + "/" + index + ".jpg",
                    capitalise(topic) + " in " + place + ".", pick(random, Vocabulary.REPORTERS)));
        }
        int paragraphs = 8 + random.nextInt(13);
        Instant quoted = created.plusSeconds(1);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0 && p % 6 == 0 && random.nextBoolean()) {
                body.add(new Block("heading", capitalise(pick(random, Vocabulary.COMMON_NOUNS)) + " and "
                        + pick(random, desk.nouns()), null, null, null, null));
            }
            if (p > 0 && quotes.size() < 3 && random.nextInt(4) == 0) {
                Speaker speaker = speakers.get(random.nextInt(speakers.size()));
                String words = capitalise(clause(random, desk));
                String text = "\u201C" + words + ",\u201D said " + speaker.name() + ", " + speaker.role() + " of the "
                        + speaker.organisation() + ". " + capitalise(sentence(random, desk, topic, place));
                Quote quote = new Quote(uuid(random), speaker, words, body.size(), 1, 1 + words.length(),
                        text.substring(0, text.indexOf(". ") + 1), quoted);
                quotes.add(quote);
                body.add(new Block("paragraph", text, null, null, null, null));
                if (quotes.size() == 1 && random.nextInt(3) == 0) {
                    body.add(new Block("quote", null, quote.id(), null, null, null));
                }
            } else {
                body.add(new Block("paragraph", paragraph(random, desk, topic, place), null, null, null, null));
            }
        }

        Set<String> tags = new LinkedHashSet<>();
        int tagCount = 2 + random.nextInt(4);
        while (tags.size() < tagCount) {
            tags.add(random.nextInt(4) == 0 ? place.toLowerCase(Locale.ROOT).replace(' ', '-') : pick(random, desk.tags()));
        }
        Set<String> authors = new LinkedHashSet<>();
        authors.add(pick(random, Vocabulary.REPORTERS));
        if (random.nextInt(4) == 0) {
            authors.add(pick(random, Vocabulary.REPORTERS));
        }
        String note = random.nextInt(10) == 0 ? "Check figures with the " + pick(random, Vocabulary.ORGANISATIONS)
                + " before the evening update." : null;
        List<Review> reviews = published ? reviews(random, created) : List.of();
        return new Story(id, null, headline, standfirst, teaser, section, place, List.copyOf(tags), List.copyOf(authors),
                3 + random.nextInt(6), note, body, published, created, published ? created : null, revisions, quotes,
                reviews);
    }

    /** The story with its final slug (made unique by the loader). */
    static Story withSlug(Story story, String slug) {
        return new Story(story.id(), slug, story.headline(), story.standfirst(), story.teaser(), story.section(),
                story.dateline(), story.tags(), story.authors(), story.urgency(), story.editorialNote(), story.body(),
                story.published(), story.createdAt(), story.publishedAt(), story.revisions(), story.quotes(),
                story.reviews());
    }

    /** Two words readers might search for: a topic and a word of the shared stock. */
    static String searchTerms(Random random) {
        Vocabulary.Desk desk = Vocabulary.DESKS.get(SECTIONS.get(random.nextInt(SECTIONS.size())));
        return pick(random, desk.nouns()).split(" ")[0] + " " + pick(random, Vocabulary.COMMON_NOUNS);
    }

    private String section(Random random) {
        int roll = random.nextInt(100);
        for (int i = 0; i < SECTION_WEIGHTS.length; i++) {
            roll -= SECTION_WEIGHTS[i];
            if (roll < 0) {
                return SECTIONS.get(i);
            }
        }
        return SECTIONS.get(0);
    }

    private static String headline(Random random, Vocabulary.Desk desk, String topic, String place) {
        return switch (random.nextInt(5)) {
            case 0 -> capitalise(pick(random, Vocabulary.ORGANISATIONS)) + " " + pick(random, Vocabulary.VERBS_PAST)
                    + " " + pick(random, Vocabulary.ADJECTIVES) + " " + topic + " " + pick(random, Vocabulary.CONNECTIVES)
                    + " " + pick(random, desk.events());
            case 1 -> capitalise(place) + " " + pick(random, Vocabulary.PEOPLE_NOUNS) + " face "
                    + pick(random, Vocabulary.ADJECTIVES) + " " + pick(random, Vocabulary.COMMON_NOUNS) + " on " + topic;
            case 2 -> capitalise(pick(random, Vocabulary.ADJECTIVES)) + " " + topic + " "
                    + pick(random, Vocabulary.VERBS_PAST) + " in " + place + " " + pick(random, Vocabulary.TIMES);
            case 3 -> capitalise(topic) + ": what the " + pick(random, Vocabulary.ADJECTIVES) + " "
                    + pick(random, Vocabulary.COMMON_NOUNS) + " means for " + pick(random, Vocabulary.PEOPLE_NOUNS);
            default -> capitalise(pick(random, Vocabulary.PEOPLE_NOUNS)) + " in " + place + " react to "
                    + pick(random, desk.events());
        };
    }

    private static String paragraph(Random random, Vocabulary.Desk desk, String topic, String place) {
        StringBuilder text = new StringBuilder();
        int sentences = 1 + random.nextInt(3);
        for (int s = 0; s < sentences; s++) {
            String sentence = capitalise(sentence(random, desk, topic, place));
            if (random.nextInt(12) == 0) {
                int space = sentence.indexOf(' ');
                sentence = space > 0 ? "<em>" + sentence.substring(0, space) + "</em>" + sentence.substring(space) : sentence;
            }
            text.append(s == 0 ? "" : " ").append(sentence);
        }
        return text.toString();
    }

    private static String sentence(Random random, Vocabulary.Desk desk, String topic, String place) {
        return switch (random.nextInt(6)) {
            case 0 -> "the " + pick(random, Vocabulary.ORGANISATIONS) + " " + pick(random, Vocabulary.VERBS_PAST)
                    + " the " + pick(random, Vocabulary.ADJECTIVES) + " " + topic + " " + pick(random, Vocabulary.TIMES) + ".";
            case 1 -> pick(random, Vocabulary.PEOPLE_NOUNS) + " in " + place + " said the "
                    + pick(random, Vocabulary.COMMON_NOUNS) + " came " + pick(random, Vocabulary.CONNECTIVES) + " "
                    + pick(random, desk.events()) + ".";
            case 2 -> "a " + pick(random, Vocabulary.ADJECTIVES) + " " + pick(random, Vocabulary.COMMON_NOUNS)
                    + " on the " + pick(random, desk.nouns()) + " is expected " + pick(random, Vocabulary.TIMES)
                    + ", according to people familiar with the " + pick(random, Vocabulary.COMMON_NOUNS) + ".";
            case 3 -> "critics " + pick(random, Vocabulary.VERBS_PAST) + " the " + pick(random, Vocabulary.COMMON_NOUNS)
                    + ", saying " + pick(random, Vocabulary.PEOPLE_NOUNS) + " had not been consulted about the "
                    + pick(random, desk.nouns()) + ".";
            case 4 -> "figures from the " + pick(random, Vocabulary.ORGANISATIONS) + " show " + (2 + random.nextInt(97))
                    + " per cent of " + pick(random, Vocabulary.PEOPLE_NOUNS) + " in " + pick(random, Vocabulary.CITIES)
                    + " support the " + pick(random, Vocabulary.ADJECTIVES) + " " + topic + ".";
            default -> "the " + topic + " has divided " + pick(random, Vocabulary.PEOPLE_NOUNS) + " since "
                    + pick(random, desk.events()) + ", and the " + pick(random, Vocabulary.COMMON_NOUNS) + " is "
                    + pick(random, Vocabulary.VERBS_PAST) + " " + pick(random, Vocabulary.TIMES) + ".";
        };
    }

    /** Words someone says, without end punctuation. */
    private static String clause(Random random, Vocabulary.Desk desk) {
        return switch (random.nextInt(4)) {
            case 0 -> "we will not accept a " + pick(random, Vocabulary.ADJECTIVES) + " " + pick(random, desk.nouns())
                    + " that leaves " + pick(random, Vocabulary.PEOPLE_NOUNS) + " behind";
            case 1 -> "this " + pick(random, Vocabulary.COMMON_NOUNS) + " is the best chance we have had in years";
            case 2 -> "the " + pick(random, desk.nouns()) + " was " + pick(random, Vocabulary.VERBS_PAST)
                    + " without asking the people it affects";
            default -> "nobody should be surprised by the " + pick(random, Vocabulary.COMMON_NOUNS) + " "
                    + pick(random, Vocabulary.TIMES);
        };
    }

    private List<Review> reviews(Random random, Instant published) {
        if (random.nextInt(4) != 0) {
            return List.of();
        }
        List<Review> reviews = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int count = 1 + random.nextInt(6);
        for (int r = 0; r < count; r++) {
            Instant at = micros(published.plusSeconds(600 + random.nextInt(172_800)));
            if (at.isAfter(now.minusSeconds(120))) {
                continue;
            }
            int roll = random.nextInt(20);
            String status = roll < 17 ? "APPROVED" : roll < 19 ? "PENDING" : "REJECTED";
            String name = pick(random, Vocabulary.FIRST_NAMES) + " " + pick(random, Vocabulary.LAST_NAMES);
            String body = pick(random, Vocabulary.REVIEW_BODIES) + " " + pick(random, Vocabulary.REVIEW_BODIES);
            if (!seen.add(name + "|" + body)) {
                continue; // the application refuses the same text from the same author twice
            }
            reviews.add(new Review(uuid(random), 1 + Math.min(4, random.nextInt(6)), pick(random, Vocabulary.REVIEW_OPENERS),
                    body, name, random.nextBoolean() ? name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@mail.example"
                            : null,
                    status, at, status.equals("PENDING") ? null : micros(at.plusSeconds(300 + random.nextInt(7_200)))));
        }
        return reviews;
    }

    private static List<Speaker> speakers(Random random) {
        List<Speaker> pool = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        while (pool.size() < 400) {
            String name = pick(random, Vocabulary.FIRST_NAMES) + " " + pick(random, Vocabulary.LAST_NAMES);
            if (names.add(name)) {
                pool.add(new Speaker(uuid(random), Text.slug(name), name, pick(random, Vocabulary.ROLES),
                        pick(random, Vocabulary.ORGANISATIONS)));
            }
        }
        return List.copyOf(pool);
    }

    private Duration jitter(Random random) {
        long nanos = step.toNanos();
        return nanos < 4 ? Duration.ZERO : Duration.ofNanos((long) (random.nextDouble() * nanos / 2));
    }

    private static UUID uuid(Random random) {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    static Instant micros(Instant at) {
        return at.minusNanos(at.getNano() % 1_000);
    }
}
