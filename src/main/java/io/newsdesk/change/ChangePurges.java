package io.newsdesk.change;

import io.newsdesk.common.cache.Purge;
import io.newsdesk.common.cache.SurrogateKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Every change the log records (edits, publishing and withdrawal, deletion, a schedule falling due in
 * the sweep, quotes written, moved between speakers or extracted) reaches readers through the story,
 * its section's lists (before and after a move) and the lists across sections: those are purged from
 * the rendered caches when the change commits.
 */
@ApplicationScoped
class ChangePurges {
    private final Event<Purge> purges;

    ChangePurges(Event<Purge> purges) {
        this.purges = purges;
    }

    void onRecorded(@Observes ChangeRecorded recorded) {
        ChangeEntry entry = recorded.entry();
        Set<String> keys = new LinkedHashSet<>();
        keys.add(SurrogateKeys.story(entry.articleId));
        keys.add(SurrogateKeys.section(entry.section));
        if (entry.previousSection != null) {
            keys.add(SurrogateKeys.section(entry.previousSection));
        }
        keys.add(SurrogateKeys.LISTS);
        purges.fire(new Purge(keys));
    }
}
