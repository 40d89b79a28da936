package io.newsdesk.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Russian words change their ending with their case: "директора аэропорта Ирины Гладковой" is "директор
 * аэропорта Ирина Гладкова" after "по словам". These rules put the names and role nouns of a phrase read in
 * the genitive back into the nominative, tell a person's gender from their name, and read a word's
 * dictionary form against a word list, which is all attribution needs of Russian grammar.
 */
final class RussianNames {

    /** Case endings, longest first, that a noun in a word list may carry in running text. */
    private static final List<String> CASE_ENDINGS = List.of(
            "ами", "ями", "ом", "ем", "ой", "ей", "ам", "ям", "ах", "ях", "а", "я", "у", "ю", "е", "ы", "и");

    /** Given names ending in -а/-я that belong to men. */
    private static final Set<String> MALE_NAMES_IN_A = Set.of(
            "никита", "илья", "кузьма", "фома", "лука", "савва", "данила", "гаврила", "миша", "саша", "женя",
            "паша", "дима", "коля", "ваня", "петя", "серёжа", "сережа", "лёша", "леша", "слава", "вова");

    private RussianNames() {
    }

    static boolean isCyrillic(String word) {
        return !word.isEmpty() && Character.UnicodeBlock.of(word.charAt(0)) == Character.UnicodeBlock.CYRILLIC;
    }

    /**
     * The form of a lower-cased Russian word found in {@code vocabulary} ("директора" → "директор",
     * "председателя" → "председатель", "главы" → "глава"), or the word itself.
     */
    static String base(String lower, Set<String> vocabulary) {
        if (vocabulary.contains(lower)) {
            return lower;
        }
        for (String ending : CASE_ENDINGS) {
            if (lower.length() > ending.length() + 2 && lower.endsWith(ending)) {
                String stem = lower.substring(0, lower.length() - ending.length());
                for (String candidate : List.of(stem, stem + "ь", stem + "а", stem + "я", stem + "о")) {
                    if (vocabulary.contains(candidate)) {
                        return candidate;
                    }
                }
            }
        }
        return lower;
    }

    /**
     * A phrase read in the genitive, put in the nominative: role nouns through {@code vocabulary}, and the
     * person's name by its endings, a feminine surname in -ой deciding that the given name is a woman's.
     */
    static List<String> nominative(List<String> words, Set<String> vocabulary) {
        int nameStart = words.size();
        while (nameStart > 0 && Lexicon.isCapitalised(words.get(nameStart - 1)) && isCyrillic(words.get(nameStart - 1))
                && !vocabulary.contains(base(words.get(nameStart - 1).toLowerCase(Locale.ROOT), vocabulary))) {
            nameStart--;
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < nameStart; i++) {
            String w = words.get(i);
            String b = base(w.toLowerCase(Locale.ROOT), vocabulary);
            result.add(i == 0 && vocabulary.contains(b) ? matchCase(w, b) : w);
        }
        List<String> name = words.subList(nameStart, words.size());
        boolean female = !name.isEmpty() && genitiveFeminine(name.get(name.size() - 1));
        for (int i = 0; i < name.size(); i++) {
            boolean surname = i == name.size() - 1 && name.size() > 1 || name.size() == 1;
            result.add(surname ? surnameNominative(name.get(i), female) : givenNominative(name.get(i), female));
        }
        return result;
    }

    private static boolean genitiveFeminine(String surname) {
        String w = surname.toLowerCase(Locale.ROOT);
        return w.endsWith("ой") && !w.endsWith("ской") && !w.endsWith("цкой") || w.endsWith("ской") || w.endsWith("цкой");
    }

    private static String surnameNominative(String w, boolean female) {
        String lower = w.toLowerCase(Locale.ROOT);
        if (female) {
            if (lower.endsWith("ской") || lower.endsWith("цкой")) {
                return w.substring(0, w.length() - 2) + "ая";
            }
            return lower.endsWith("ой") ? w.substring(0, w.length() - 2) + "а" : w;
        }
        if (lower.endsWith("ского") || lower.endsWith("цкого")) {
            return w.substring(0, w.length() - 3) + "ий";
        }
        if (lower.matches(".*(ов|ев|ёв|ин|ын)а")) {
            return w.substring(0, w.length() - 1);
        }
        return w;   // Белых, Кравец and other surnames that do not decline here
    }

    private static String givenNominative(String w, boolean female) {
        String lower = w.toLowerCase(Locale.ROOT);
        if (female) {
            if (lower.endsWith("ии")) {
                return w.substring(0, w.length() - 1) + "я";          // Марии → Мария
            }
            if (lower.endsWith("ьи")) {
                return w.substring(0, w.length() - 1) + "я";          // Натальи → Наталья
            }
            if (lower.endsWith("ы")) {
                return w.substring(0, w.length() - 1) + "а";          // Ирины → Ирина
            }
            if (lower.matches(".*[кгхжшчщ]и")) {
                return w.substring(0, w.length() - 1) + "а";          // Ольги → Ольга
            }
            return w;
        }
        if (lower.matches(".*[аеёиоуыэюя]я")) {
            return w.substring(0, w.length() - 1) + "й";              // Андрея → Андрей
        }
        if (lower.endsWith("я")) {
            return w.substring(0, w.length() - 1) + "ь";              // Игоря → Игорь
        }
        if (lower.endsWith("а") && !MALE_NAMES_IN_A.contains(lower)) {
            return w.substring(0, w.length() - 1);                   // Степана → Степан
        }
        return w;
    }

    /** 'f' or 'm' from a nominative Russian name ("Ирина Гладкова", "Садыков"), or null when it does not tell. */
    static Character gender(List<String> name) {
        if (name.isEmpty() || !isCyrillic(name.get(0))) {
            return null;
        }
        String surname = name.get(name.size() - 1).toLowerCase(Locale.ROOT);
        if (surname.matches(".*(ова|ева|ёва|ина|ына|ская|цкая)")) {
            return 'f';
        }
        if (surname.matches(".*(ов|ев|ёв|ин|ын|ский|цкий)")) {
            return 'm';
        }
        if (name.size() > 1) {
            String given = name.get(0).toLowerCase(Locale.ROOT);
            if (given.endsWith("а") || given.endsWith("я")) {
                return MALE_NAMES_IN_A.contains(given) ? 'm' : 'f';
            }
            return given.equals("любовь") ? 'f' : 'm';
        }
        return null;
    }

    /** Whether a given name looks like one: Cyrillic, capitalised, and not an adjective or neuter noun. */
    static boolean plausibleGivenName(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return isCyrillic(word) && Lexicon.isCapitalised(word) && w.length() >= 3
                && !w.matches(".*(ый|ий|ой|ая|ое|ее|ые|ие|ого|его|ому|ему|ом|о|е|ы|и|у|ю)");
    }

    private static String matchCase(String original, String lower) {
        return Lexicon.isCapitalised(original) ? Character.toUpperCase(lower.charAt(0)) + lower.substring(1) : lower;
    }
}
