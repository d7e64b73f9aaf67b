package com.zhengqi.graph.serve;

import org.jspecify.annotations.Nullable;
import com.zhengqi.graph.lexicon.Lexicon;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Shows an amount of yuan the way Chinese readers write it (1.6e9 → 16亿元), with units from {@code lexicon/}{@value #FILE_NAME}. */
@Component
class AmountText {

    static final String FILE_NAME = "amount-display-units.txt";

    private record Unit(double multiplier, String name) {
    }

    private final List<Unit> units;

    AmountText() {
        this.units = read();
    }

    @Nullable String format(@Nullable Double yuan) {
        if (yuan == null) {
            return null;
        }
        for (Unit unit : units) {
            if (Math.abs(yuan) >= unit.multiplier()) {
                return plain(yuan / unit.multiplier()) + unit.name();
            }
        }
        Unit smallest = units.getLast();
        return plain(yuan / smallest.multiplier()) + smallest.name();
    }

    /** At most four significant digits, no exponent, no trailing zeros: 16, 1.5, 0.35. */
    private static String plain(double value) {
        return new BigDecimal(value).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    private static List<Unit> read() {
        List<Unit> units = new ArrayList<>();
        for (Lexicon.Line line : Lexicon.lines(FILE_NAME, 2)) {
            units.add(new Unit(Double.parseDouble(line.columns()[0]), line.columns()[1]));
        }
        units.sort(Comparator.comparingDouble(Unit::multiplier).reversed());
        if (units.isEmpty()) {
            throw new IllegalStateException("lexicon/" + FILE_NAME + " holds no unit");
        }
        return List.copyOf(units);
    }
}
