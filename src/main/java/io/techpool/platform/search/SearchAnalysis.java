package io.techpool.platform.search;

import io.quarkus.hibernate.search.orm.elasticsearch.SearchExtension;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/** The analyzers of every index; fields name them through these constants only. */
@SearchExtension
public class SearchAnalysis implements ElasticsearchAnalysisConfigurer {

    /**
     * Chinese and English in one field: CJK runs become overlapping bigrams (so a two-character word
     * such as 光伏 matches inside 高效光伏电池材料), Latin words are lower-cased and stemmed.
     */
    public static final String TEXT = "text";

    /** For sorting and exact filters on text: the whole value, lower-cased. */
    public static final String SORT = "sort";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(TEXT)
                .custom()
                .tokenizer("standard")
                .tokenFilters("cjk_width", "lowercase", "cjk_bigram", "porter_stem");
        context.normalizer(SORT).custom().tokenFilters("lowercase");
    }
}
