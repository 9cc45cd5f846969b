package io.techpool.investor;

import io.techpool.achievement.AchievementKinds;
import io.techpool.achievement.AchievementKinds.IpKind;
import io.techpool.achievement.AchievementKinds.Level;
import io.techpool.achievement.AchievementKinds.TransferMode;
import io.techpool.industry.Industry;
import io.techpool.industry.IndustryCatalog;
import io.techpool.industry.IndustryChains;
import io.techpool.organization.Provinces;
import io.techpool.platform.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A saved search's filters in words, in a language: industry names, the labels of transfer modes, levels and
 * kinds of IP (as the pool's facets name them), province and key industry chain names. A value it does not know is shown as given.
 */
@ApplicationScoped
class SearchWords {

    @Inject
    IndustryCatalog industries;

    @Inject
    IndustryChains chains;

    /** Every filter of the criteria but the text and the TRL range (the page words those itself). */
    List<String> filters(SavedSearch.Criteria c, Language language) {
        List<String> words = new ArrayList<>();
        each(c.sections(), code -> section(code, language), words);
        each(c.industries(), code -> industry(code, language), words);
        each(c.transferModes(), mode -> AchievementKinds.label(mode).in(language), words);
        each(c.levels(), level -> AchievementKinds.label(level).in(language), words);
        each(c.ipKinds(), kind -> AchievementKinds.label(kind).in(language), words);
        each(c.regions(), code -> region(code, language), words);
        each(c.chains(), id -> chain(id, language), words);
        return words;
    }

    String section(String code, Language language) {
        return industries.section(code).map(i -> name(i, language)).orElse(code);
    }

    String industry(String code, Language language) {
        return industries.division(code).map(i -> name(i, language)).orElse(code);
    }

    String transferMode(String value, Language language) {
        return label(
                value, TransferMode.class, mode -> AchievementKinds.label(mode).in(language));
    }

    String level(String value, Language language) {
        return label(value, Level.class, level -> AchievementKinds.label(level).in(language));
    }

    String ipKind(String value, Language language) {
        return label(value, IpKind.class, kind -> AchievementKinds.label(kind).in(language));
    }

    String chain(String id, Language language) {
        return chains.find(id).map(c -> c.name().pick(language)).orElse(id);
    }

    String region(String code, Language language) {
        if (code == null || code.length() < 2) {
            return String.valueOf(code);
        }
        return Provinces.of(code.substring(0, 2))
                .map(p -> p.pick(language) + (code.length() > 2 ? " " + code : ""))
                .orElse(code);
    }

    private static String name(Industry industry, Language language) {
        return industry.code() + " " + language.pick(industry.nameZh(), industry.nameEn());
    }

    private static <E extends Enum<E>> String label(String value, Class<E> type, Function<E, String> words) {
        try {
            return words.apply(Enum.valueOf(type, value));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return String.valueOf(value);
        }
    }

    private static <T> void each(List<T> values, Function<T, String> words, List<String> into) {
        if (values != null) {
            values.forEach(v -> into.add(words.apply(v)));
        }
    }
}
