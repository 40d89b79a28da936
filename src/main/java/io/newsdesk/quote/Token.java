package io.newsdesk.quote;

/** One word of a paragraph, with its character offsets. */
record Token(String text, int start, int end) {
}
