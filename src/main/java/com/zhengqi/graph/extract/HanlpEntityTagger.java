package com.zhengqi.graph.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.List;

/**
 * Baseline tagger: HanLP's own person/place/organisation roles mapped to CLUENER labels. It is the
 * floor the domain tagger is measured against.
 */
public final class HanlpEntityTagger implements EntityTagger {

    private final Segment segment = HanLP.newSegment()
            .enableNameRecognize(true).enablePlaceRecognize(true).enableOrganizationRecognize(true).enableOffset(true);

    @Override
    public List<EntitySpan> tag(String text) {
        List<EntitySpan> spans = new ArrayList<>();
        for (Term term : segment.seg(text)) {
            String label = term.nature == null ? null : switch (term.nature.toString()) {
                case "nr", "nrf", "nrj" -> "name";
                case "nt", "ntc" -> "company";
                case "ns", "nsf" -> "address";
                default -> null;
            };
            if (label != null) {
                spans.add(new EntitySpan(label, term.offset, term.offset + term.word.length(), term.word));
            }
        }
        return spans;
    }
}
