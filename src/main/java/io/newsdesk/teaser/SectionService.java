package io.newsdesk.teaser;

import java.time.Clock;
import io.newsdesk.article.Audience;
import io.newsdesk.article.WriteScope;

import io.newsdesk.article.SectionRepository;
import io.newsdesk.article.Section;
import io.newsdesk.common.Time;
import io.newsdesk.common.FieldError;
import io.newsdesk.common.DomainException;
import io.newsdesk.common.Validation;
import io.newsdesk.common.cache.Purge;
import io.newsdesk.common.cache.SurrogateKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Sections: the list readers navigate by, and the editors' changes to it. */
@ApplicationScoped
public class SectionService {
    private final Clock clock;
    private final SectionRepository sections;
    private final SectionCounts counts;
    private final Validator validator;
    private final WriteScope scope;

    private final Event<Purge> purges;

    public SectionService(SectionRepository sections, SectionCounts counts, Validator validator, WriteScope scope,
            Event<Purge> purges, Clock clock) {
        this.clock = clock;
        this.scope = scope;
        this.purges = purges;
        this.sections = sections;
        this.counts = counts;
        this.validator = validator;
    }

    /** The sections the audience may see, with the stories it may see in each. */
    @Transactional
    public List<SectionView> list(Audience audience) {
        return counts.summaries(null, audience, Time.now(clock));
    }

    @Transactional
    public Optional<SectionView> get(String slug, Audience audience) {
        return counts.summaries(slug, audience, Time.now(clock)).stream().findFirst();
    }

    @Transactional
    public SectionView create(SectionInput input) {
        SectionInput valid = Validation.body(validator, input);
        if (valid.slug() == null) {
            throw DomainException.invalid(FieldError.body("/slug", "is required to create a section"));
        }
        if (scope.sections().isPresent()) {
            // A key limited to some sections works inside them; adding desks is for unlimited editors.
            throw DomainException.forbidden(FieldError.body("/slug", "cannot be created by a key limited to some sections"));
        }
        if (sections.findBySlug(valid.slug()).isPresent()) {
            throw DomainException.conflict("A section with the slug '" + valid.slug() + "' already exists.");
        }
        Section section = new Section();
        section.id = UUID.randomUUID();
        section.slug = valid.slug();
        section.createdAt = Time.now(clock);
        apply(valid, section);
        sections.persist(section);
        purges.fire(Purge.of(SurrogateKeys.LISTS));
        return SectionView.from(section, 0, null);
    }

    @Transactional
    public SectionView replace(String slug, SectionInput input) {
        Section section = require(slug);
        SectionInput valid = Validation.body(validator, input);
        if (valid.slug() != null && !valid.slug().equals(section.slug)) {
            // Partner keys and story links name sections by slug: renaming would break them silently.
            throw DomainException.invalid(FieldError.body("/slug", "cannot be changed; create a new section instead"));
        }
        apply(valid, section);
        sections.flush();
        changed(section.slug);
        return get(slug, Audience.EDITORIAL).orElseThrow();
    }

    @Transactional
    public void delete(String slug) {
        Section section = require(slug);
        sections.lockForDelete(section);
        long stories = sections.storyCount(section);
        if (stories > 0) {
            throw DomainException.conflict("The section '" + slug + "' has " + stories + (stories == 1 ? " story" : " stories")
                    + " (counting drafts, unpublished and deleted ones); only an empty section can be deleted.");
        }
        sections.delete(section);
        changed(section.slug);
    }

    /** A section's name shows on its stories, its lists and the list of sections. */
    private void changed(String slug) {
        purges.fire(Purge.of(SurrogateKeys.section(slug), SurrogateKeys.storiesIn(slug), SurrogateKeys.LISTS));
    }

    private Section require(String slug) {
        return sections.findBySlug(slug).filter(s -> scope.allows(s.slug))
                .orElseThrow(() -> DomainException.notFound("No section '" + slug + "'."));
    }

    private static void apply(SectionInput input, Section section) {
        section.name = input.name().strip();
        section.description = input.description() == null || input.description().isBlank() ? null
                : input.description().strip();
    }
}
