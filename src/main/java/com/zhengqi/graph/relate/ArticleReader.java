package com.zhengqi.graph.relate;

import com.zhengqi.graph.find.ArticleMentions;
import com.zhengqi.graph.find.OrgMention;
import com.zhengqi.graph.model.ArticleGraph;
import com.zhengqi.graph.model.ArticleText;
import com.zhengqi.graph.resolve.Division;
import com.zhengqi.graph.resolve.Gazetteer;
import com.zhengqi.graph.resolve.RegionMention;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the relations of one article from its mentions and returns its graph: the relate stage's entry point. */
public final class ArticleReader {

    private final Gazetteer gazetteer;
    private final OfficialReader officials = new OfficialReader();
    private final ProjectReader projects = new ProjectReader();
    private final VisitReader visits = new VisitReader();
    private final IndustryReader industries = new IndustryReader();

    public ArticleReader(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public ArticleGraph read(String articleId, String source, ArticleText article, ArticleMentions mentions) {
        return read(articleId, source, article, mentions, null);
    }

    /** As above, for an article of a page about {@code pageRegion}: the article's region when it names none. */
    public ArticleGraph read(String articleId, String source, ArticleText article, ArticleMentions mentions, Division pageRegion) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("id", articleId);
        properties.put("title", article.title());
        properties.put("source", source);
        properties.put("publishedOn", article.publishedOn());
        properties.put("newspaper", article.newspaper());
        GraphBuilder graph = new GraphBuilder(articleId, article.text(), properties);
        RegionContext regions = new RegionContext(mentions.regions(), gazetteer, article.title(), pageRegion, article.text());
        Entities entities = new Entities(graph, mentions, regions);

        Set<String> credited = new HashSet<>();
        for (ArticleText.Credit credit : article.credits()) {
            credited.add(credit.name());
            int at = Math.max(0, article.text().indexOf(credit.name()));
            entities.relate("REPORTED", entities.person(credit.name(), at), graph.articleNode(), Map.of("role", credit.role().name()), at);
        }
        for (RegionMention region : mentions.regions()) {
            entities.region(region.division(), region.start());
        }
        for (OrgMention org : mentions.organizations()) {
            entities.organization(org);
        }
        List<Official> people = officials.read(entities, credited);
        projects.read(entities, people);
        visits.read(entities, people);
        industries.read(entities);
        return new ArticleGraph(articleId, article.title(), source, article.publishedOn(), article.newspaper(), article.text(),
                graph.nodes(), graph.relationships(entities.firstEvidence()));
    }
}
