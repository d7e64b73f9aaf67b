package com.zhengqi.graph.extract;

import com.zhengqi.graph.find.FindLayers;
import com.zhengqi.graph.model.Annotator;
import com.zhengqi.graph.model.ArticleText;
import com.zhengqi.graph.model.Document;
import com.zhengqi.graph.model.Mention;
import com.zhengqi.graph.model.MentionType;
import com.zhengqi.graph.model.Pipeline;
import com.zhengqi.graph.model.Relation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The extraction pipeline: its order is checked when it is built, and each step adds to one document. */
class PipelineTest {

    private static final NewsPageExtractor EXTRACTOR = new NewsPageExtractor();

    private static List<Annotator> annotators() {
        return new ArrayList<>(EXTRACTOR.pipeline().annotators());
    }

    private static Annotator named(String name) {
        return annotators().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void refusesAFinderPlacedBeforeTheLayerItReads() {
        List<Annotator> wrong = annotators();
        Annotator organizations = named("OrganizationAnnotator");
        wrong.remove(organizations);
        wrong.add(wrong.indexOf(named("RegionAnnotator")), organizations);

        assertThatThrownBy(() -> new Pipeline(Set.of(FindLayers.PAGE_REGION), wrong))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("annotator OrganizationAnnotator requires regions")
                .hasMessageContaining("only RegionAnnotator, later in the pipeline, provides");
    }

    @Test
    void refusesAReaderWhoseLayerNoAnnotatorProvides() {
        List<Annotator> withoutOfficials = annotators();
        withoutOfficials.remove(named("OfficialAnnotator"));

        assertThatThrownBy(() -> new Pipeline(Set.of(FindLayers.PAGE_REGION), withoutOfficials))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("annotator InvestmentAnnotator requires officials, which no annotator in the pipeline provides");
    }

    @Test
    void refusesAPipelineNotGivenThePageRegion() {
        assertThatThrownBy(() -> new Pipeline(Set.of(), annotators()))
                .hasMessageContaining("annotator RegionAnnotator requires page-region");
    }

    @Test
    void theExtractorsOrderBuildsAndEveryStepAddsToOneDocument() {
        String text = "汤阴县：产业升级见成效\n5月8日，县委书记王建国到星河科技有限公司调研。该公司投资5亿元建设星河新材料产业园项目。";
        Document document = new Document("a1", "test.txt", new ArticleText("t", text, null, null, List.of()));
        document.put(FindLayers.PAGE_REGION, null);

        EXTRACTOR.pipeline().annotate(document);

        assertThat(document.mentions()).extracting(Mention::type)
                .contains(MentionType.REGION, MentionType.ORGANIZATION, MentionType.AMOUNT, MentionType.PROJECT, MentionType.PERSON);
        for (Mention mention : document.mentions()) {
            assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
            assertThat(mention.annotator()).isNotEmpty();
        }
        assertThat(document.mentions()).filteredOn(m -> m.type() == MentionType.PERSON)
                .extracting(Mention::text, Mention::annotator).contains(org.assertj.core.groups.Tuple.tuple("王建国", "OfficialAnnotator"));
        assertThat(document.relations()).extracting(Relation::annotator).contains("OfficialAnnotator", "InvestmentAnnotator");
        for (Relation relation : document.relations()) {
            assertThat(relation.evidenceStart()).isBetween(0, relation.evidenceEnd());
            assertThat(relation.evidenceEnd()).isLessThanOrEqualTo(text.length());
        }
    }

    @Test
    void textWithoutPunctuationGivesRelationsWithBoundedEvidence() {
        String text = "汤阴县产业升级见成效县委书记王建国到星河科技有限公司调研该公司投资5亿元建设星河新材料产业园项目".repeat(40);

        List<com.zhengqi.graph.model.GraphRelationship> relationships = EXTRACTOR.extract("flat.txt", text).articles().getFirst().relationships();

        assertThat(relationships).isNotEmpty();
        assertThat(relationships).allSatisfy(r -> assertThat(r.properties().get("evidence").toString())
                .hasSizeLessThanOrEqualTo(com.zhengqi.graph.find.Sentences.MAX_LENGTH));
    }
}
