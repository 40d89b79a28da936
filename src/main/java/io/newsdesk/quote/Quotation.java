package io.newsdesk.quote;

/**
 * A statement quoted in a story and who made it, as the syndication formats need it: ninjs lists
 * the speakers as {@code people}, schema.org as {@code Quotation} parts of the article.
 *
 * @param text the words quoted, plain text
 * @param speaker the person's name as the story gives it
 * @param role what the person is, e.g. "interior minister"; may be null
 * @param uri an absolute URI identifying the speaker (e.g. the speaker's API address); may be null
 */
public record Quotation(String text, String speaker, String role, String uri) {
}
