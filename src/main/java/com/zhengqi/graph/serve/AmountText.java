package com.zhengqi.graph.serve;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Shows an amount of yuan the way Chinese readers write it (1.6e9 → 16亿元), with units from {@value #RESOURCE}. */
@Component
class AmountText {

    static final String RESOURCE = "lexicon/amount-display-units.txt";

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
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            List<Unit> units = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 2) {
                    throw new IllegalStateException(RESOURCE + " line " + (i + 1) + ": expected multiplier<TAB>unit");
                }
                units.add(new Unit(Double.parseDouble(fields[0]), fields[1]));
            }
            units.sort(Comparator.comparingDouble(Unit::multiplier).reversed());
            if (units.isEmpty()) {
                throw new IllegalStateException(RESOURCE + " holds no unit");
            }
            return List.copyOf(units);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
