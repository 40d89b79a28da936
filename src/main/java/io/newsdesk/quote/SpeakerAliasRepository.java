package io.newsdesk.quote;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SpeakerAliasRepository implements PanacheRepositoryBase<SpeakerAlias, String> {

    Optional<SpeakerAlias> findByMatchKey(String key) {
        return find("matchKey", key).firstResultOptional();
    }

    List<SpeakerAlias> ofSpeaker(Speaker speaker) {
        return list("speaker", speaker);
    }
}
