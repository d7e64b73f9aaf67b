package com.zhengqi.graph.ner;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PerceptronTrainerTest {

    private final CharFeatures features = new CharFeatures();

    @Test
    void learnsItsTrainingSentencesAndAStoredModelTagsTheSame() throws Exception {
        List<LabelledSentence> sentences = sentences();
        TagSet tags = new TagSet(Labels.of(sentences));
        StringWriter log = new StringWriter();

        LinearChainModel model = new PerceptronTrainer(features, tags, 1)
                .train(sentences, 8, 1L, 0f, new PrintWriter(log), null);

        PerceptronEntityTagger tagger = new PerceptronEntityTagger(model, features);
        SpanScores scores = SpanScores.of(tagger, sentences);
        assertThat(scores.micro(List.of("company", "position", "name")).f1()).isEqualTo(1.0);
        assertThat(log.toString()).contains("epoch 8");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        LinearChainModel reloaded = LinearChainModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        PerceptronEntityTagger reloadedTagger = new PerceptronEntityTagger(reloaded, features);
        for (LabelledSentence sentence : sentences) {
            assertThat(reloadedTagger.tag(sentence.text())).isEqualTo(tagger.tag(sentence.text()));
        }
        assertThat(reloaded.tags().labels()).isEqualTo(tags.labels());
    }

    /** Invented sentences of one pattern: company, title, person. */
    private static List<LabelledSentence> sentences() {
        String[] companies = {"长江电力股份有限公司", "星海科技有限公司", "远航物流集团"};
        String[] titles = {"董事长", "总经理", "副总裁"};
        String[] people = {"王建国", "李晓梅", "陈志强", "赵小龙"};
        List<LabelledSentence> out = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            String company = companies[k % companies.length];
            String title = titles[k % titles.length];
            String person = people[k % people.length];
            String text = company + title + person + "昨天表示，将扩大投资。";
            int t = company.length();
            int p = t + title.length();
            out.add(new LabelledSentence(text, List.of(new EntitySpan("company", 0, t, company),
                    new EntitySpan("position", t, p, title), new EntitySpan("name", p, p + person.length(), person))));
        }
        return out;
    }
}
