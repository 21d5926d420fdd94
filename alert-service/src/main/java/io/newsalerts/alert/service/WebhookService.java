package io.newsalerts.alert.service;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import io.newsalerts.alert.api.DeliveryAttemptView;
import io.newsalerts.alert.api.Page;
import io.newsalerts.alert.api.ReplayRequest;
import io.newsalerts.alert.api.ReplayResult;
import io.newsalerts.alert.api.WebhookRequest;
import io.newsalerts.alert.api.WebhookView;
import io.newsalerts.alert.config.AlertServiceConfig;
import io.newsalerts.alert.mapping.WebhookMapper;
import io.newsalerts.alert.persistence.WebhookAttempts;
import io.newsalerts.alert.persistence.WebhookDeliveryStore;
import io.newsalerts.alert.persistence.WebhookEntity;
import io.newsalerts.alert.persistence.WebhookRepository;
import io.newsalerts.alert.webhook.WebhookDispatcher;
import io.newsalerts.alert.webhook.WebhookSigner;
import io.newsalerts.edge.net.AddressGuard;
import io.newsalerts.edge.problem.FieldError;
import io.newsalerts.edge.problem.ProblemException;
import io.newsalerts.edge.problem.Violations;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A subscriber's webhook endpoints: registration (the URL checked against the address guard, the subscriptions
 * against ownership), secret rotation, the attempt log and replays. Another subscriber's endpoint is as unknown as a
 * made-up id. A URL whose host does not resolve yet is taken: every delivery resolves and checks it again.
 */
@ApplicationScoped
public class WebhookService {

    /** The most webhooks one subscriber may hold. */
    static final int MAX_WEBHOOKS = 100;
    private static final int DEFAULT_PAGE = 100;

    @Inject
    WebhookRepository webhooks;

    @Inject
    WebhookDeliveryStore deliveries;

    @Inject
    WebhookAttempts attemptLog;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    WebhookDeliveryService digests;

    @Inject
    Validator validator;

    @Inject
    AlertServiceConfig config;

    private final SecureRandom random = new SecureRandom();
    private WebhookUrlCheck urls;

    @PostConstruct
    void init() {
        urls = new WebhookUrlCheck(AddressGuard.of(config.webhooks().allowPrivateAddresses()));
    }

    public WebhookView create(String subscriberId, WebhookRequest request) {
        if (request == null) {
            throw ProblemException.invalid(FieldError.DOCUMENT, "must be a JSON object with at least a 'url'");
        }
        Violations.requireNone(validator.validate(request));
        URI url = urls.check(request.url());
        return QuarkusTransaction.requiringNew().call(() -> register(subscriberId, request, url));
    }

    private WebhookView register(String subscriberId, WebhookRequest request, URI url) {
        if (webhooks.countOwned(subscriberId) >= MAX_WEBHOOKS) {
            throw ProblemException.conflict("a subscriber may hold at most " + MAX_WEBHOOKS + " webhooks");
        }
        WebhookEntity webhook = new WebhookEntity();
        webhook.id = UUID.randomUUID().toString();
        webhook.subscriberId = subscriberId;
        webhook.url = url.toString();
        webhook.description = request.description();
        webhook.delivery = request.delivery() == null ? WebhookEntity.REALTIME : request.delivery();
        webhook.allSubscriptions = request.subscriptionIds() == null;
        if (!webhook.allSubscriptions) {
            webhook.subscriptionIds = ownedSubscriptions(subscriberId, request.subscriptionIds());
        }
        webhook.secret = WebhookSigner.newSecret(random);
        webhook.createdAt = Instant.now();
        if (!WebhookEntity.REALTIME.equals(webhook.delivery)) {
            webhook.digestedUntil = digests.firstDigestPeriod(webhook.delivery, webhook.createdAt);
        }
        webhooks.persist(webhook);
        return WebhookMapper.toView(webhook, webhook.secret);
    }

    public Page<WebhookView> list(String subscriberId) {
        return new Page<>(webhooks.listOwned(subscriberId).stream()
                .map(webhook -> WebhookMapper.toView(webhook, null)).toList(), null);
    }

    public WebhookView get(String subscriberId, String id) {
        return WebhookMapper.toView(owned(subscriberId, id), null);
    }

    /** Deletes the endpoint, what waits for it and its attempt log. */
    @Transactional
    public void delete(String subscriberId, String id) {
        WebhookEntity webhook = owned(subscriberId, id);
        deliveries.deleteQueue(id);
        webhooks.delete(webhook);
    }

    /** A new secret, shown once; the one it replaces keeps signing beside it for {@code secret-overlap}. */
    @Transactional
    public WebhookView rotateSecret(String subscriberId, String id) {
        WebhookEntity webhook = owned(subscriberId, id);
        webhook.previousSecret = webhook.secret;
        webhook.previousSecretUntil = Instant.now().plus(config.webhooks().secretOverlap());
        webhook.secret = WebhookSigner.newSecret(random);
        return WebhookMapper.toView(webhook, webhook.secret);
    }

    /** Every attempt, page by page, oldest first ({@code order} absent or {@code oldest}) or newest first. */
    public Page<DeliveryAttemptView> attempts(String subscriberId, String id, String limit, String after,
            String order) {
        int size = Cursors.limit(limit, DEFAULT_PAGE, config.maxPageSize());
        boolean newestFirst = switch (order == null ? "oldest" : order) {
            case "oldest" -> false;
            case "newest" -> true;
            default -> throw ProblemException.invalid("order", "must be 'oldest' or 'newest'");
        };
        long afterSeq = after == null && newestFirst ? Long.MAX_VALUE : Cursors.decodeLong(after, "after");
        owned(subscriberId, id);
        List<WebhookAttempts.Attempt> page = attemptLog.attempts(id, afterSeq, newestFirst, size + 1);
        boolean more = page.size() > size;
        List<WebhookAttempts.Attempt> items = more ? page.subList(0, size) : page;
        String next = more ? Cursors.encode(Long.toString(items.get(items.size() - 1).seq())) : null;
        return new Page<>(items.stream().map(WebhookMapper::toView).toList(), next);
    }

    /**
     * Queues again every alert of the endpoint's subscriptions recorded since {@code since}: one by one for a
     * realtime endpoint, in the digests of their periods for an hourly or daily one.
     */
    public ReplayResult replay(String subscriberId, String id, ReplayRequest request) {
        if (request == null) {
            throw ProblemException.invalid(FieldError.DOCUMENT, "must be a JSON object with a 'since'");
        }
        Violations.requireNone(validator.validate(request));
        int queued = QuarkusTransaction.requiringNew().call(() -> {
            WebhookEntity webhook = owned(subscriberId, id);
            if (webhook.disabledAt != null) {
                throw ProblemException.conflict("webhook " + id + " is disabled: " + webhook.disabledReason);
            }
            Instant now = Instant.now();
            return WebhookEntity.REALTIME.equals(webhook.delivery) ? deliveries.replay(id, request.since(), now)
                    : digests.replayDigests(id, webhook.delivery, request.since(), webhook.digestedUntil, now);
        });
        dispatcher.wakeUp();
        return new ReplayResult(queued);
    }

    WebhookEntity owned(String subscriberId, String id) {
        if (!TextRules.isId(id)) {
            throw ProblemException.notFound("no webhook " + id);
        }
        return webhooks.findOwned(id, subscriberId).orElseThrow(() -> ProblemException.notFound("no webhook " + id));
    }

    private Set<String> ownedSubscriptions(String subscriberId, List<String> requested) {
        Set<String> ids = new LinkedHashSet<>(requested);
        if (ids.isEmpty()) {
            throw ProblemException.invalid("subscriptionIds",
                    "must name at least one subscription (leave it out for all of them)");
        }
        ids.removeAll(webhooks.ownedSubscriptions(subscriberId, ids));
        if (!ids.isEmpty()) {
            throw ProblemException.invalid("subscriptionIds", "names no subscription of yours: "
                    + String.join(", ", ids.stream().limit(5).toList()) + (ids.size() > 5 ? ", …" : ""));
        }
        return new LinkedHashSet<>(requested);
    }
}
