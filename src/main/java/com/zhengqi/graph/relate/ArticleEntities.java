package com.zhengqi.graph.relate;

import com.zhengqi.graph.find.ArticleMentions;
import com.zhengqi.graph.find.FindLayers;
import com.zhengqi.graph.find.OrgMention;
import com.zhengqi.graph.model.Annotator;
import com.zhengqi.graph.model.ArticleText;
import com.zhengqi.graph.model.Document;
import com.zhengqi.graph.model.Layer;
import com.zhengqi.graph.model.MentionType;
import com.zhengqi.graph.resolve.Gazetteer;
import com.zhengqi.graph.resolve.RegionMention;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Opens the relate stage: the credited people (REPORTED the article), every region and every organisation found
 * become nodes, in that order, so node ids follow the article; the readers after it add to the same entities.
 */
final class ArticleEntities implements Annotator {

    private final Gazetteer gazetteer;

    ArticleEntities(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(FindLayers.PAGE_REGION, FindLayers.TOKENS, FindLayers.SENTENCES, FindLayers.REGIONS, FindLayers.ORGANIZATIONS,
                FindLayers.LIST_COMPANIES, FindLayers.PROJECTS, FindLayers.FACILITIES, FindLayers.AMOUNTS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(RelateLayers.ENTITIES, RelateLayers.CREDITED);
    }

    @Override
    public void annotate(Document document) {
        ArticleMentions mentions = new ArticleMentions(document);
        ArticleText article = document.article();
        GraphBuilder graph = new GraphBuilder(document);
        RegionContext regions = new RegionContext(mentions.regions(), gazetteer, article.title(), document.get(FindLayers.PAGE_REGION), document.text());
        Entities entities = new Entities(graph, mentions, regions);
        Set<String> credited = new HashSet<>();
        for (ArticleText.Credit credit : article.credits()) {
            credited.add(credit.name());
            int found = document.text().indexOf(credit.name());
            if (found >= 0) {
                document.addMention(MentionType.PERSON, found, found + credit.name().length());
            }
            int at = Math.max(0, found);
            entities.relate("REPORTED", entities.person(credit.name(), at), graph.articleNode(), Map.of("role", credit.role().name()), at);
        }
        for (RegionMention region : mentions.regions()) {
            entities.region(region.division(), region.start());
        }
        for (OrgMention org : mentions.organizations()) {
            entities.organization(org);
        }
        document.put(RelateLayers.ENTITIES, entities);
        document.put(RelateLayers.CREDITED, Set.copyOf(credited));
    }

    @Override
    public String describe() {
        return "credited people (REPORTED), regions (PART_OF up their chain) and organisations as nodes";
    }
}
