package io.techpool.achievement;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.techpool.achievement.AchievementKinds.ChainSource;
import io.techpool.achievement.AchievementKinds.Status;
import io.techpool.industry.Industry;
import io.techpool.industry.IndustryCatalog;
import io.techpool.industry.IndustryChains;
import io.techpool.organization.Organization;
import io.techpool.organization.OrganizationService;
import io.techpool.platform.CurrentUser;
import io.techpool.platform.DomainException;
import io.techpool.platform.Ids;
import io.techpool.platform.Messages;
import io.techpool.platform.Page;
import io.techpool.platform.Text;
import io.techpool.platform.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.search.mapper.orm.session.SearchSession;

/** Registration of achievements: drafts, submission with a registration number, withdrawal. */
@ApplicationScoped
public class AchievementService {

    @Inject
    AchievementRepository achievements;

    @Inject
    OrganizationService organizations;

    @Inject
    IndustryCatalog industries;

    @Inject
    IndustryChains chains;

    @Inject
    Event<ChainTagsChanged> chainTagsChanged;

    @Inject
    RegistrationNumbers registrationNumbers;

    @Inject
    SearchSession search;

    @Inject
    PendingReindexRepository pendingReindex;

    @Inject
    Event<PendingReindex.Queued> reindexQueued;

    @Inject
    ReviewerAccess reviewerAccess;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public AchievementView create(CurrentUser user, AchievementInput input) {
        Organization owner = organizations.requireKnown(user.org().orElse(null));
        checkReferences(input);
        Achievement achievement = new Achievement(owner.code(), now());
        achievement.describe(input, now());
        achievements.persist(achievement);
        return view(achievement);
    }

    /**
     * One achievement for whoever may read it, each role with its own check, since a person may hold several
     * (docs/decisions/012-several-roles.md): operators and the owner organization's institution users read it
     * whole; an assigned reviewer reads it without contact. Holding one role never widens what another sees.
     */
    public AchievementView get(CurrentUser user, String id) {
        Achievement achievement = find(id);
        if (user.isOperator() || owns(user, achievement)) {
            return view(achievement);
        }
        if (user.is(CurrentUser.REVIEWER) && reviewerAccess.canRead(user, achievement.id)) {
            return view(achievement).withoutContact();
        }
        throw notFound(id);
    }

    /**
     * The achievement for its owner organization's institution users and operators only: what owners get back
     * (feedback, changes). An assigned reviewer is told it does not exist, whatever other role they hold.
     */
    public AchievementView getAsOwner(CurrentUser user, String id) {
        return view(findVisible(user, id));
    }

    /** Takes every SUBMITTED achievement into the round (they become UNDER_REVIEW); answers how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int takeSubmittedInto(UUID roundId) {
        List<Achievement> submitted = achievements
                .find("status", Sort.by("submittedAt").and("id"), Status.SUBMITTED)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
        OffsetDateTime now = now();
        submitted.forEach(a -> a.takeInto(roundId, now));
        return submitted.size();
    }

    /** What a round needs to know of each of its achievements, in registration order. */
    public List<RoundEntry> inRound(UUID roundId) {
        return achievements.roundEntries(roundId).stream()
                .map(r -> new RoundEntry(
                        (UUID) r[0],
                        (String) r[1],
                        (String) r[2],
                        industries
                                .division((String) r[2])
                                .map(Industry::section)
                                .orElse(null),
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        (OffsetDateTime) r[6]))
                .toList();
    }

    /**
     * Publication: the round's selected achievements enter the pool (IN_POOL), all others of the round
     * become NOT_SELECTED, in one statement and the caller's transaction; answers the selected ones as
     * published (without contact), for the pool's snapshot. The search index learns of the changes
     * after the commit ({@link AchievementReindexer}), behind the caller's own index work (the pool's).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<AchievementView> conclude(UUID roundId, Set<UUID> selected) {
        List<UUID> changed = achievements.conclude(roundId, selected, now());
        pendingReindex.persist(new PendingReindex(roundId, now()));
        reindexQueued.fire(new PendingReindex.Queued(roundId));
        List<UUID> entered = changed.stream().filter(selected::contains).toList();
        return achievements.readOnly(entered).stream()
                .map(a -> view(a).withoutContact())
                .toList();
    }

    /**
     * The institution user's organization's achievements that were taken into a review round, by registration
     * number: what its feedback export looks through. 403 when the token names no known organization.
     */
    public List<AchievementView> reviewedOf(CurrentUser user) {
        return achievements
                .list(
                        "organizationCode = ?1 and roundId is not null",
                        Sort.by("registrationNumber").and("id"),
                        registeringOrganization(user))
                .stream()
                .map(this::view)
                .toList();
    }

    /** The owner organization of an achievement, for callers that check ownership themselves. */
    public java.util.Optional<String> ownerOf(UUID id) {
        return java.util.Optional.ofNullable(achievements.findById(id)).map(a -> a.organizationCode);
    }

    /** The achievement's contact, for callers that decided the caller may see it (e.g. an accepted match). */
    public java.util.Optional<AchievementInput.Contact> contactOf(UUID id) {
        return java.util.Optional.ofNullable(achievements.findById(id)).map(a -> a.contact);
    }

    public long countInRound(UUID roundId) {
        return achievements.count("roundId", roundId);
    }

    /** These achievements without contact, by id, read in one query per slice (what the pool's lists add to entries). */
    public java.util.Map<UUID, AchievementView> viewsWithoutContact(java.util.Collection<UUID> ids) {
        java.util.Map<UUID, AchievementView> views = new java.util.HashMap<>();
        achievements.readOnly(List.copyOf(ids)).forEach(a -> views.put(a.id, view(a).withoutContact()));
        return views;
    }

    /** An achievement as an assigned reviewer sees it: without contact. */
    public AchievementView viewWithoutContact(UUID id) {
        Achievement achievement = achievements.findById(id);
        if (achievement == null) {
            throw notFound(id.toString());
        }
        return view(achievement).withoutContact();
    }

    @Transactional
    public AchievementView replace(CurrentUser user, String id, AchievementInput input) {
        if (input.version() == null) {
            throw new DomainException.Invalid("version", Messages::versionRequired);
        }
        Achievement achievement = findOwned(user, id);
        requireStatus(achievement, Status.DRAFT, Messages::achievementActionReplace);
        if (achievement.version != input.version()) {
            long current = achievement.version;
            throw new DomainException.Conflict(m -> m.versionStale(input.version(), current));
        }
        checkReferences(input);
        achievement.describe(input, now());
        achievements.flush(); // bumps the version so the answer carries the new one
        return view(achievement);
    }

    @Transactional
    public void delete(CurrentUser user, String id) {
        Achievement achievement = findOwned(user, id);
        requireStatus(achievement, Status.DRAFT, Messages::achievementActionDelete);
        achievements.delete(achievement);
    }

    @Transactional
    public AchievementView submit(CurrentUser user, String id) {
        Achievement achievement = findOwned(user, id);
        requireStatus(achievement, Status.DRAFT, Messages::achievementActionSubmit);
        Organization owner = organizations.requireKnown(achievement.organizationCode());
        OffsetDateTime now = now();
        achievement.submit(registrationNumbers.next(owner.region(), now.getYear(), achievement.type), now);
        if (achievement.chainsSource != ChainSource.OPERATOR) {
            autoTag(achievement);
        }
        audit.record(
                "achievement.submit",
                "achievement",
                achievement.id,
                Map.of("registrationNumber", achievement.registrationNumber));
        achievements.flush();
        return view(achievement);
    }

    /**
     * An operator sets the key industry chains an achievement serves, replacing its tags; they are kept from then
     * on, also when the chain file changes (docs/decisions/018-industry-chains.md). Every id must name a chain.
     */
    @Transactional
    public AchievementView setChains(String id, List<String> chainIds) {
        List<DomainException.Invalid.Field> errors = new ArrayList<>();
        for (int i = 0; i < chainIds.size(); i++) {
            String chainId = chainIds.get(i);
            if (chains.find(chainId).isEmpty()) {
                errors.add(new DomainException.Invalid.Field("chains[" + i + "]", m -> m.chainUnknown(chainId)));
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException.Invalid(errors);
        }
        Achievement achievement = find(id);
        achievements.lockForUpdate(achievement);
        tag(achievement, chains.known(chainIds), ChainSource.OPERATOR);
        achievements.flush();
        return view(achievement);
    }

    /** Hands an achievement's chain tags back to the automatic tagging: tagged again now (a draft: at submission). */
    @Transactional
    public AchievementView resetChains(String id) {
        Achievement achievement = find(id);
        achievements.lockForUpdate(achievement);
        if (achievement.status == Status.DRAFT) {
            tag(achievement, List.of(), null);
            achievement.chainsDigest = null;
        } else {
            autoTag(achievement);
        }
        achievements.flush();
        return view(achievement);
    }

    /**
     * Brings up to {@code limit} achievements whose chain tags were made under another chain file up to date, in
     * the caller's transaction: AUTO tags are made again, an operator's tags lose the chains the file no longer
     * has; achievements submitted before chains existed are tagged. Rows another replica holds are skipped.
     * Answers how many were looked at (0: none is left).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int retagStale(int limit) {
        List<Achievement> stale = achievements.staleChainTags(chains.digest(), limit);
        List<ChainTagsChanged.Tags> changed = new ArrayList<>();
        for (Achievement achievement : stale) {
            boolean differs = achievement.chainsSource == ChainSource.OPERATOR
                    ? achievement.tagChains(chains.known(achievement.chains), ChainSource.OPERATOR, chains.digest())
                    : achievement.tagChains(
                            chains.tag(achievement.industryCode, achievement.chainTexts()),
                            ChainSource.AUTO,
                            chains.digest());
            if (differs) {
                changed.add(new ChainTagsChanged.Tags(achievement.id, achievement.chains));
            }
        }
        if (!changed.isEmpty()) {
            chainTagsChanged.fire(new ChainTagsChanged(changed));
        }
        return stale.size();
    }

    private void autoTag(Achievement achievement) {
        tag(achievement, chains.tag(achievement.industryCode, achievement.chainTexts()), ChainSource.AUTO);
    }

    private void tag(Achievement achievement, List<String> tags, ChainSource source) {
        if (achievement.tagChains(tags, source, chains.digest())) {
            chainTagsChanged.fire(new ChainTagsChanged(List.of(new ChainTagsChanged.Tags(achievement.id, tags))));
        }
    }

    @Transactional
    public AchievementView withdraw(CurrentUser user, String id) {
        Achievement achievement = findOwned(user, id);
        requireStatus(achievement, Status.SUBMITTED, Messages::achievementActionWithdraw);
        achievement.withdraw(now());
        achievements.flush();
        return view(achievement);
    }

    /** NOT_SELECTED → a new draft copied from it and linked to it, once. */
    @Transactional
    public AchievementView revise(CurrentUser user, String id) {
        Achievement previous = findOwned(user, id);
        requireStatus(previous, Status.NOT_SELECTED, Messages::achievementActionRevise);
        if (achievements.count("previousId", previous.id) > 0) {
            throw new DomainException.Conflict(Messages::achievementRevisedAlready);
        }
        Achievement draft = previous.revision(now());
        achievements.persist(draft);
        return view(draft);
    }

    /** Field by field, what a revision changed against the achievement it revises. */
    public List<AchievementChanges.Change> changes(CurrentUser user, String id) {
        Achievement revision = findVisible(user, id);
        if (revision.previousId == null) {
            throw new DomainException.NotFound(Messages::achievementNotRevision);
        }
        return AchievementChanges.between(view(achievements.findById(revision.previousId)), view(revision));
    }

    /** Institution users list their organization's achievements, operators all; {@code q} searches full text. */
    public Page<AchievementView> list(CurrentUser user, Status status, String q, int page, int size) {
        String organization = user.isOperator()
                ? null
                : organizations.requireKnown(user.org().orElse(null)).code();
        if (q != null && !q.isBlank()) {
            return searchList(organization, status, q, page, size);
        }
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (organization != null) {
            where.add("organizationCode = :org");
            params.and("org", organization);
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        var query = achievements
                .find(
                        where.isEmpty() ? "" : String.join(" and ", where),
                        Sort.descending("createdAt").and("id"),
                        params)
                .page(page, size);
        return new Page<>(query.list(), page, size, query.count()).map(this::view);
    }

    private Page<AchievementView> searchList(String organization, Status status, String q, int page, int size) {
        Page.requireInSearchWindow(page, size);
        var result = search.search(Achievement.class)
                .where((f, root) -> {
                    root.add(f.match()
                            .fields("titleZh", "titleEn", "summaryZh", "summaryEn", "keywords")
                            .matching(q));
                    if (organization != null) {
                        root.add(f.match().field("organizationCode").matching(organization));
                    }
                    if (status != null) {
                        root.add(f.match().field("status").matching(status));
                    }
                })
                .fetch(page * size, size);
        return new Page<>(result.hits(), page, size, result.total().hitCount()).map(this::view);
    }

    private Achievement findVisible(CurrentUser user, String id) {
        Achievement achievement = find(id);
        if (user.isOperator() || owns(user, achievement)) {
            return achievement;
        }
        throw notFound(id);
    }

    /** An institution user of the organization that registered it: the organization claim alone is not enough. */
    private static boolean owns(CurrentUser user, Achievement achievement) {
        return user.is(CurrentUser.INSTITUTION)
                && Objects.equals(user.org().orElse(null), achievement.organizationCode);
    }

    /** Only the owner organization changes an achievement; the row is locked so transitions queue. */
    private Achievement findOwned(CurrentUser user, String id) {
        Achievement achievement = find(id);
        if (!owns(user, achievement)) {
            throw notFound(id);
        }
        achievements.lockForUpdate(achievement);
        return achievement;
    }

    private Achievement find(String id) {
        Achievement achievement = Ids.uuid(id).map(achievements::findById).orElse(null);
        if (achievement == null) {
            throw notFound(id);
        }
        return achievement;
    }

    private void checkReferences(AchievementInput input) {
        List<DomainException.Invalid.Field> errors = referenceErrors(input);
        if (!errors.isEmpty()) {
            throw new DomainException.Invalid(errors);
        }
    }

    /**
     * The rules of create and replace that bean validation cannot express (reference data), as field errors: what
     * {@link #create} checks after {@link AchievementInput}'s constraints, and what an import checks for each row.
     */
    List<DomainException.Invalid.Field> referenceErrors(AchievementInput input) {
        if (input.industryCode() != null
                && !input.industryCode().isBlank()
                && industries.division(input.industryCode()).isEmpty()) {
            return List.of(new DomainException.Invalid.Field("industryCode", Messages::industryCodeNotDivision));
        }
        return List.of();
    }

    /** The organization an institution user registers for; 403 when the token names none that is known. */
    String registeringOrganization(CurrentUser user) {
        return organizations.requireKnown(user.org().orElse(null)).code();
    }

    /**
     * Creates drafts of an organization, all or none (one transaction): the import, after every row passed the
     * checks of {@link #create}. Answers their ids in the inputs' order. The session is flushed and cleared in
     * batches, so 10,000 drafts do not pile up in it.
     */
    @Transactional
    List<UUID> createAll(String organizationCode, List<AchievementInput> inputs) {
        organizations.requireKnown(organizationCode);
        List<UUID> ids = new ArrayList<>(inputs.size());
        OffsetDateTime now = now();
        for (AchievementInput input : inputs) {
            checkReferences(input);
            Achievement achievement = new Achievement(organizationCode, now);
            achievement.describe(input, now);
            achievements.persist(achievement);
            ids.add(achievement.id);
            if (ids.size() % BATCH == 0) {
                achievements.flush();
                achievements.getEntityManager().clear();
            }
        }
        return ids;
    }

    private static final int BATCH = 500;

    /**
     * One slice of an export, read in its own short transaction (an export streams while it is written): the
     * caller's achievements (institution: the organization's; operator: all) with {@code status} if given, in
     * order of creation, after the last one of the previous slice.
     */
    @Transactional
    List<AchievementView> exportSlice(
            String organization, Status status, AchievementRepository.Cursor after, int size) {
        return achievements.slice(organization, status, after, size).stream()
                .map(this::view)
                .toList();
    }

    /** Whose achievements a caller exports: null (all) for operators, else the institution user's organization. */
    String exportScope(CurrentUser user) {
        return user.isOperator() ? null : registeringOrganization(user);
    }

    /** {@code action} is what was asked, as the message's last words ("… can be submitted"). */
    private static void requireStatus(Achievement achievement, Status required, Text action) {
        Status status = achievement.status;
        if (status != required) {
            throw new DomainException.Conflict(m -> m.achievementWrongStatus(status, required, action.in(m)));
        }
    }

    private static DomainException.NotFound notFound(String id) {
        return new DomainException.NotFound(m -> m.achievementNotFound(id));
    }

    private AchievementView view(Achievement achievement) {
        return AchievementView.of(
                achievement,
                industries
                        .division(achievement.industryCode)
                        .map(Industry::section)
                        .orElse(null));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
