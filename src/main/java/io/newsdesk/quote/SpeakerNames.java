package io.newsdesk.quote;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How speakers are named and matched: one person or group across stories, however a story spells the
 * accents, the case or the article in front of the name.
 */
final class SpeakerNames {
    private static final Pattern OF_ORGANISATION = Pattern.compile("^(.+?)\\s+(?:of|for|at|with)\\s+(?:the\\s+)?(.+)$");
    private static final Pattern LEADING_THE = Pattern.compile("^(?:the|The)\\s+(?=\\p{Lu})");

    /** A role split into the job and the organisation it names, when it names one. */
    record Role(String title, String organisation) {
    }

    /** A speaker as extraction names them, ready to be matched. */
    record Who(String name, String role, String organisation) {
    }

    private SpeakerNames() {
    }

    /**
     * The speaker an extracted name and role stand for. An unnamed "the spokesperson for the Lowland Growers’
     * Union" is the union itself: the union, not an anonymous description, is who a reader would look up.
     */
    static Who of(String extractedName, String extractedRole) {
        if (extractedName == null) {
            return null;
        }
        String name = display(extractedName);
        Role role = role(extractedRole);
        if (!name.isEmpty() && Character.isLowerCase(name.charAt(0)) && role.organisation() != null) {
            return new Who(role.organisation(), null, null);
        }
        return new Who(name, role.title(), role.organisation());
    }

    /** The key two spellings of one speaker share: name and organisation, lowercased, without accents or marks. */
    static String key(String name, String organisation) {
        return fold(name) + "|" + fold(organisation);
    }

    /**
     * Lowercase, accents and apostrophes removed, other punctuation as spaces, and no leading "the":
     * "The Harbour Authority", "harbour authority" and "Harbour  Authority" fold alike, as do "Núñez" and "Nunez".
     */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("['’`]", "");
        String words = plain.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return words.startsWith("the ") ? words.substring(4) : words;
    }

    /** A name as shown: whitespace collapsed, and no "the" before a proper name ("the Harbour Authority"). */
    static String display(String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        return LEADING_THE.matcher(clean).replaceFirst("");
    }

    /**
     * Splits off the organisation a role names, so that "State Department spokesperson" and "a spokesperson for
     * the State Department" give one speaker: it is either a run of capitalised words ending in an organisation
     * noun before the job, or what follows "of", "for", "at" or "with" when that is such a run.
     */
    static Role role(String role) {
        if (role == null || role.isBlank()) {
            return new Role(null, null);
        }
        String clean = role.strip().replaceAll("\\s+", " ");
        Matcher of = OF_ORGANISATION.matcher(clean);
        if (of.matches() && organisation(words(of.group(2)))) {
            return new Role(of.group(1), of.group(2));
        }
        List<String> words = words(clean);
        for (int split = words.size() - 1; split > 0; split--) {
            List<String> before = words.subList(0, split);
            List<String> after = words.subList(split, words.size());
            if (organisation(before) && !Lexicon.isCapitalised(after.get(0))) {
                return new Role(String.join(" ", after), String.join(" ", before));
            }
        }
        return new Role(clean, null);
    }

    /** Capitalised words (possessives allowed) ending in an organisation noun: "Lowland Growers’ Union". */
    private static boolean organisation(List<String> words) {
        return !words.isEmpty() && Lexicon.isOrgHead(words.get(words.size() - 1))
                && words.stream().allMatch(w -> Lexicon.isCapitalised(w) || w.equals("&"));
    }

    private static List<String> words(String text) {
        return Arrays.asList(text.split(" "));
    }
}
