package io.newsdesk.change;

/**
 * Fired synchronously inside the writing transaction for every entry appended to the change log,
 * so what observes it (webhook deliveries) commits or rolls back with the entry.
 */
public record ChangeRecorded(ChangeEntry entry) {
}
