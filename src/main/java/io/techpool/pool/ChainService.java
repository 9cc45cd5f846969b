package io.techpool.pool;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.techpool.achievement.AchievementService;
import io.techpool.achievement.AchievementView;
import io.techpool.industry.Chain;
import io.techpool.industry.IndustryChains;
import io.techpool.platform.Bilingual;
import io.techpool.platform.DomainException;
import io.techpool.platform.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The key industry chains with their pool entries: counts and the investment-opportunity lists. */
@ApplicationScoped
public class ChainService {

    /** Entries read per database round trip while an opportunity list is streamed. */
    static final int CHUNK = 500;

    @Inject
    IndustryChains chains;

    @Inject
    PoolEntryRepository entries;

    @Inject
    AchievementService achievements;

    @Inject
    PoolSearch search;

    /** The file's title, such as 兰州市重点产业链. */
    public Bilingual title() {
        return chains.title();
    }

    /** Every chain in the file's order, with its pool entry count. */
    public List<ChainRecords.ChainView> list() {
        Map<String, Long> counts = entries.countByChain(null);
        return chains.all().stream()
                .map(c -> view(c, counts.getOrDefault(c.id(), 0L)))
                .toList();
    }

    /** Entries in the pool, serving a chain or not. */
    public long poolTotal() {
        return entries.count(null);
    }

    public ChainRecords.ChainView get(String id) {
        Chain chain = find(id);
        return view(chain, entries.count(chain.id()));
    }

    /** One page of the chain's opportunity list, best composite first; {@code base} makes the entries' URLs. */
    public ChainRecords.Opportunities opportunities(String id, int page, int size, String base, Language language) {
        ChainRecords.ChainView chain = get(id);
        List<PoolEntry> found = entries.ofChain(chain.id(), page, size);
        return new ChainRecords.Opportunities(
                chain, opportunities(found, page * size, base, language), page, size, chain.entries());
    }

    /**
     * The whole opportunity list, in chunks of {@link #CHUNK} read in transactions of their own (keyset paging, so
     * the last chunk costs what the first does), each handed to {@code sink} before the next is read: a list of
     * any length is written without holding it.
     */
    void eachChunk(String id, String base, Language language, Consumer<List<ChainRecords.Opportunity>> sink) {
        Chain chain = find(id);
        PoolEntryRepository.ChainCursor after = null;
        int rank = 0;
        while (true) {
            PoolEntryRepository.ChainCursor from = after;
            int offset = rank;
            List<ChainRecords.Opportunity> chunk = QuarkusTransaction.requiringNew()
                    .call(() -> opportunities(entries.ofChain(chain.id(), from, CHUNK), offset, base, language));
            if (chunk.isEmpty()) {
                return;
            }
            sink.accept(chunk);
            ChainRecords.Opportunity last = chunk.getLast();
            after = new PoolEntryRepository.ChainCursor(last.composite(), java.util.UUID.fromString(last.id()));
            rank += chunk.size();
            if (chunk.size() < CHUNK) {
                return;
            }
        }
    }

    Chain find(String id) {
        return chains.find(id).orElseThrow(() -> new DomainException.NotFound(m -> m.chainNotFound(id)));
    }

    private List<ChainRecords.Opportunity> opportunities(
            List<PoolEntry> found, int offset, String base, Language language) {
        Map<java.util.UUID, AchievementView> details =
                achievements.viewsWithoutContact(found.stream().map(e -> e.id).toList());
        List<ChainRecords.Opportunity> items = new ArrayList<>(found.size());
        for (PoolEntry e : found) {
            AchievementView a = details.get(e.id);
            items.add(new ChainRecords.Opportunity(
                    offset + items.size() + 1,
                    e.id.toString(),
                    new Bilingual(e.titleZh, e.titleEn),
                    new Bilingual(e.summaryZh, e.summaryEn),
                    new PoolRecords.Organization(
                            e.organizationCode, new Bilingual(e.organizationNameZh, e.organizationNameEn), e.region),
                    e.division,
                    search.industryName(e.division, language),
                    e.trl,
                    e.transferModes,
                    a == null ? null : a.askingPrice(),
                    a == null ? List.of() : a.ipRights(),
                    e.composite,
                    base + "pool/" + e.id));
        }
        return items;
    }

    private static ChainRecords.ChainView view(Chain chain, long count) {
        return new ChainRecords.ChainView(
                chain.id(),
                chain.name(),
                chain.divisions(),
                chain.coreDivisions(),
                new ChainRecords.Keywords(chain.keywordsZh(), chain.keywordsEn()),
                count);
    }
}
