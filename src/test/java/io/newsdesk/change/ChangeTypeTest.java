package io.newsdesk.change;

import io.newsdesk.change.ChangeType;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChangeTypeTest {

    @Test
    void shouldTellReadersAStoryThatAppearsWasPublished() {
        assertEquals(ChangeType.PUBLISHED, ChangeType.CREATED.asSeen(false, true));
        assertEquals(ChangeType.PUBLISHED, ChangeType.UPDATED.asSeen(false, true));
    }

    @Test
    void shouldTellReadersAStoryThatDisappearsWasUnpublishedOrDeleted() {
        assertEquals(ChangeType.UNPUBLISHED, ChangeType.UPDATED.asSeen(true, false));
        assertEquals(ChangeType.DELETED, ChangeType.DELETED.asSeen(true, false));
    }

    @Test
    void shouldKeepWhatTheEditorDidOtherwise() {
        assertEquals(ChangeType.UPDATED, ChangeType.UPDATED.asSeen(true, true));
        assertEquals(ChangeType.CREATED, ChangeType.CREATED.asSeen(false, false));
        assertEquals(ChangeType.PUBLISHED, ChangeType.PUBLISHED.asSeen(false, false));
    }
}
