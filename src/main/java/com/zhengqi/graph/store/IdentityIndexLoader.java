package com.zhengqi.graph.store;

import com.zhengqi.graph.resolve.identity.CompanyName;
import com.zhengqi.graph.resolve.identity.EntityResolver;
import com.zhengqi.graph.resolve.identity.IdentityIndex;
import com.zhengqi.graph.resolve.identity.NameForms;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads what resolution needs to know of the graph (names, aliases, codes, anchors; no text) into an
 * {@link IdentityIndex}, streaming the records so a large graph is not held twice.
 */
final class IdentityIndexLoader {

    private IdentityIndexLoader() {
    }

    static IdentityIndex load(Session session, EntityResolver resolver) {
        IdentityIndex index = new IdentityIndex(resolver.lexicon());
        session.executeRead(tx -> {
            tx.run("MATCH (r:Region) RETURN r.id AS id, r.name AS name, r.code AS code").stream().forEach(r ->
                    index.addRegion(r.get("id").asString(), r.get("name").asString(""), r.get("code").isNull() ? null : String.valueOf(r.get("code").asObject())));
            tx.run("""
                    MATCH (o:Organization)
                    RETURN o.id AS id, o.name AS name, coalesce(o.aliases, []) AS aliases,
                           ('Company' IN labels(o) OR o.kind = 'COMPANY') AS company""").stream().forEach(r -> {
                Set<String> names = names(r);
                List<CompanyName> companies = r.get("company").asBoolean()
                        ? names.stream().map(resolver::parseCompany).toList() : List.of();
                index.addOrganization(r.get("id").asString(), r.get("name").asString(""), names, companies);
            });
            tx.run("MATCH (p:Person) RETURN p.id AS id, p.name AS name, coalesce(p.anchors, []) AS anchors").stream().forEach(r ->
                    index.addPerson(r.get("id").asString(), r.get("name").asString(""), new LinkedHashSet<>(r.get("anchors").asList(Value::asString))));
            tx.run("MATCH (p:Project) RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases, coalesce(p.anchors, []) AS anchors")
                    .stream().forEach(r -> {
                        for (String anchor : r.get("anchors").asList(Value::asString)) {
                            for (String name : names(r)) {
                                index.addProject(r.get("id").asString(), NameForms.projectKey(name) + "@" + anchor);
                            }
                        }
                    });
            return null;
        });
        return index;
    }

    private static Set<String> names(Record r) {
        Set<String> names = new LinkedHashSet<>();
        if (!r.get("name").isNull()) {
            names.add(r.get("name").asString());
        }
        names.addAll(r.get("aliases").asList(Value::asString));
        return names;
    }
}
