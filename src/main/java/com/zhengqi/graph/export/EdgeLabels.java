package com.zhengqi.graph.export;

import com.zhengqi.graph.registry.GraphRegistry;
import com.zhengqi.graph.registry.RelationshipType;
import com.zhengqi.graph.lexicon.Lexicon;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The short text drawn on an edge: the first property of the registry's {@code drawnWith} for its
 * type that it has, as the explorer draws it (a position's title, 区委书记; a visit's purpose; an
 * investment's amount in the units Chinese news uses, 亿元 = 1e8 yuan, 万元 = 1e4 yuan), or else
 * the relationship type. The page formats amounts the same way (js/format.js).
 */
final class EdgeLabels {

    // 亿元 and 万元: the units of graph-model.md; 元 = one yuan. Named by their multipliers in the lexicon.
    private static final Map<String, String> UNITS = Lexicon.pairs("amount-display-units.txt");
    private static final String HUNDRED_MILLION_YUAN = UNITS.get("100000000");
    private static final String TEN_THOUSAND_YUAN = UNITS.get("10000");
    private static final String YUAN = UNITS.get("1");

    private EdgeLabels() {
    }

    static String of(ExportRelationship relationship) {
        Map<String, Object> properties = relationship.properties();
        List<String> drawnWith = GraphRegistry.standard().find(relationship.type()).map(RelationshipType::drawnWith).orElse(List.of());
        for (String property : drawnWith) {
            Object value = properties.get(property);
            if (value instanceof Number amount && "amountYuan".equals(property)) {
                return amount(amount.doubleValue());
            }
            if (value instanceof String text && !text.isBlank()) {
                return text;
            }
        }
        return relationship.type();
    }

    /** 1.6e9 → "16亿元", 3.5e6 → "350万元", 800 → "800元". */
    static String amount(double yuan) {
        if (Math.abs(yuan) >= 1e8) {
            return plain(yuan / 1e8) + HUNDRED_MILLION_YUAN;
        }
        if (Math.abs(yuan) >= 1e4) {
            return plain(yuan / 1e4) + TEN_THOUSAND_YUAN;
        }
        return plain(yuan) + YUAN;
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
