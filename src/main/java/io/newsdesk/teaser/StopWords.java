package io.newsdesk.teaser;

import java.util.Set;

/**
 * Words too common to say what a story is about, in the two languages the search configuration
 * knows (English and Russian): what the text similarity of related stories leaves out.
 */
final class StopWords {
    private static final Set<String> WORDS = Set.of(
            // English
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
            "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
            "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has",
            "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in",
            "into", "is", "it", "its", "itself", "just", "last", "may", "me", "might", "more", "most", "must", "my",
            "myself", "new", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our",
            "ours", "ourselves", "out", "over", "own", "said", "same", "say", "says", "she", "should", "so", "some",
            "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they",
            "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what",
            "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "year", "years", "you",
            "your", "yours", "yourself", "yourselves",
            // Russian
            "а", "без", "более", "бы", "был", "была", "были", "было", "быть", "в", "вам", "вас", "весь", "во", "вот",
            "все", "всего", "всех", "вы", "где", "да", "даже", "для", "до", "его", "ее", "её", "если", "есть", "еще",
            "ещё", "же", "за", "здесь", "и", "из", "или", "им", "их", "к", "как", "когда", "кто", "ли", "либо", "мне",
            "может", "мы", "на", "над", "надо", "наш", "не", "него", "нее", "неё", "нет", "ни", "них", "но", "ну", "о",
            "об", "однако", "он", "она", "они", "оно", "от", "очень", "по", "под", "после", "при", "с", "со", "так",
            "также", "такой", "там", "те", "тем", "то", "того", "тоже", "той", "только", "том", "ты", "у", "уже",
            "хотя", "чего", "чей", "чем", "что", "чтобы", "чье", "чья", "эта", "эти", "это", "я");

    private StopWords() {
    }

    static boolean contains(String lowerCaseWord) {
        return WORDS.contains(lowerCaseWord);
    }
}
