package io.newsdesk.quote;

/** A resolved speaker: a name (person, group or unnamed description) and, for people, the role if known. */
record Attribution(String name, String role) {
}
