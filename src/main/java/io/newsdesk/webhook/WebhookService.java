package io.newsdesk.webhook;

import io.newsdesk.change.ChangeType;
import io.newsdesk.change.Change;
import io.newsdesk.common.Time;
import io.newsdesk.common.Cursor;
import io.newsdesk.common.FieldError;
import io.newsdesk.common.Page;
import io.newsdesk.common.DomainException;
import io.newsdesk.common.Validation;
import io.newsdesk.article.SectionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Webhook subscriptions and their deliveries, for administrators. */
@ApplicationScoped
class WebhookService {
    /** Every event type a subscription may ask for: each kind of entity with each kind of change. */
    static final List<String> EVENT_TYPES = Stream.of(Change.ARTICLE, Change.QUOTE)
            .flatMap(entity -> Stream.of(ChangeType.values()).map(type -> entity + "." + type.wireName()))
            .toList();

    private final Clock clock;
    private final WebhookRepository webhooks;
    private final DeliveryRepository deliveries;
    private final SectionRepository sections;
    private final Validator validator;
    private final WebhookConfig config;
    private final AddressPolicy addresses;

    public WebhookService(WebhookRepository webhooks, DeliveryRepository deliveries, SectionRepository sections,
            Validator validator, WebhookConfig config, Clock clock) {
        this.clock = clock;
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.sections = sections;
        this.validator = validator;
        this.config = config;
        this.addresses = new AddressPolicy(config.allowPrivateAddresses());
    }

    @Transactional
    public WebhookView create(WebhookInput input) {
        Validation.body(validator, input);
        String url = input.url().strip();
        addresses.refusal(url).ifPresent(reason -> {
            throw DomainException.invalid(FieldError.body("/url", reason));
        });
        List<String> events = normalise(input.events(), "/events", EVENT_TYPES);
        List<String> limited = normalise(input.sections(), "/sections", sections.allSlugs());
        if (input.secret() != null && !WebhookSigner.validSecret(input.secret())) {
            throw DomainException.invalid(FieldError.body("/secret",
                    "must be whsec_ followed by the base64 of 24 to 64 random bytes"));
        }
        Webhook webhook = new Webhook();
        webhook.id = UUID.randomUUID();
        webhook.url = url;
        webhook.secret = input.secret() != null ? input.secret() : WebhookSigner.newSecret();
        webhook.events = events.isEmpty() ? Webhook.ALL_EVENTS : String.join(",", events);
        // Absent means every section; an empty list means none, never all of them.
        webhook.sections = input.sections() == null ? null : String.join(",", limited);
        webhook.description = input.description() == null || input.description().isBlank() ? null
                : input.description().strip();
        webhook.createdAt = Time.now(clock);
        webhooks.persist(webhook);
        return WebhookView.from(webhook, webhook.secret);
    }

    @Transactional
    public List<WebhookView> list() {
        return webhooks.listActive().stream().map(w -> WebhookView.from(w, null)).toList();
    }

    @Transactional
    public WebhookView get(UUID id) {
        return WebhookView.from(require(id), null);
    }

    /** Stops deliveries at once: pending ones are cancelled; the record of past ones stays. */
    @Transactional
    public void delete(UUID id) {
        Webhook webhook = require(id);
        webhook.deletedAt = Time.now(clock);
        deliveries.cancelPending(webhook.id);
    }

    @Transactional
    public Page<DeliveryView> deliveries(UUID id, String cursor, int limit) {
        Webhook webhook = require(id);
        List<WebhookDelivery> rows = deliveries.page(webhook.id, Cursor.decode(cursor), limit + 1);
        List<UUID> ids = rows.stream().map(d -> d.id).toList();
        Map<UUID, List<WebhookAttempt>> attempts = deliveries.attemptsOf(ids).stream()
                .collect(Collectors.groupingBy(a -> a.deliveryId));
        return Page.of(rows, limit, d -> new Cursor(d.createdAt, d.id),
                d -> DeliveryView.from(d, attempts.getOrDefault(d.id, List.of())));
    }

    /**
     * Sends a finished delivery again, with the same webhook-id so the receiver can tell. It keeps its
     * place in its story's order: later events of the story wait for it.
     */
    @Transactional
    public DeliveryView replay(UUID id, UUID deliveryId) {
        Webhook webhook = require(id);
        WebhookDelivery delivery = deliveries.findByIdOptional(deliveryId).filter(d -> d.webhookId.equals(webhook.id))
                .orElseThrow(() -> DomainException.notFound("No delivery " + deliveryId + " for webhook " + id + "."));
        if (delivery.status == DeliveryStatus.PENDING) {
            throw DomainException.conflict("The delivery is still pending; it is sent (or retried) without a replay.");
        }
        Instant now = Time.now(clock);
        delivery.status = DeliveryStatus.PENDING;
        delivery.nextAttemptAt = now;
        delivery.giveUpAt = now.plus(config.retryFor());
        delivery.deliveredAt = null;
        return DeliveryView.from(delivery, deliveries.attemptsOf(List.of(delivery.id)));
    }

    private Webhook require(UUID id) {
        return webhooks.findActive(id).orElseThrow(() -> DomainException.notFound("No webhook with id " + id + "."));
    }

    /** Lower-cases and de-duplicates a list, refusing values outside {@code known}. */
    private static List<String> normalise(List<String> values, String pointer, List<String> known) {
        if (values == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i).strip().toLowerCase(Locale.ROOT);
            if (!known.contains(value)) {
                throw DomainException.invalid(FieldError.body(pointer + "/" + i, "must be one of " + known));
            }
            if (!result.contains(value)) {
                result.add(value);
            }
        }
        return result;
    }
}
