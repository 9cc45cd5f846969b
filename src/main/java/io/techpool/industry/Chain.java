package io.techpool.industry;

import io.techpool.platform.Bilingual;
import java.util.List;

/**
 * A regional key industry chain (重点产业链) of the chain file: the GB/T 4754-2017 divisions it spans, those
 * that are its own industry ({@code coreDivisions}, a subset: there the division alone places an achievement
 * in the chain), and the keywords that place an achievement of a spanned division in it.
 */
public record Chain(
        String id,
        Bilingual name,
        List<String> divisions,
        List<String> coreDivisions,
        List<String> keywordsZh,
        List<String> keywordsEn) {

    public Chain {
        divisions = List.copyOf(divisions);
        coreDivisions = List.copyOf(coreDivisions);
        keywordsZh = List.copyOf(keywordsZh);
        keywordsEn = List.copyOf(keywordsEn);
    }
}
