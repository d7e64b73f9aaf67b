package com.zhengqi.graph.serve;

import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Officials of regions and the posts of people and organisations. */
@Controller
class PositionController {

    private record OfficialsKey(String elementId, boolean includeSubregions, String title, int first) {

        List<Object> arguments() {
            return java.util.Arrays.asList(includeSubregions, title, first);
        }
    }

    private final PositionQueries positions;
    private final Arguments arguments;

    PositionController(PositionQueries positions, Arguments arguments, BatchLoaderRegistry registry) {
        this.positions = positions;
        this.arguments = arguments;
        registry.<OfficialsKey, List<Position>>forName("regionOfficials").registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() ->
                ArgumentBatches.load(keys, OfficialsKey::arguments, (args, group) -> {
                    OfficialsKey sample = group.getFirst();
                    return EntityController.byKey(group, OfficialsKey::elementId, positions.officialsOfRegions(
                            group.stream().map(OfficialsKey::elementId).toList(), sample.includeSubregions(), sample.title(), sample.first()));
                })));
        registry.<Organization, List<Position>>forName("organizationPositions").registerMappedBatchLoader((keys, env) ->
                Mono.fromSupplier(() -> positions.inOrganizations(keys)));
    }

    @QueryMapping
    List<Position> officials(@Argument String region, @Argument boolean includeSubregions, @Argument String title, @Argument int first) {
        List<Position> found = positions.officials(Arguments.notBlank("region", region), includeSubregions, blankToNull(title),
                arguments.first(first));
        if (found == null) {
            throw ApiException.notFound("region", "region", region);
        }
        return found;
    }

    @SchemaMapping(typeName = "Region", field = "officials")
    CompletableFuture<List<Position>> regionOfficials(Region region, @Argument boolean includeSubregions, @Argument String title,
                                                      @Argument int first, DataLoader<OfficialsKey, List<Position>> regionOfficials) {
        return regionOfficials.load(new OfficialsKey(region.elementId(), includeSubregions, blankToNull(title), arguments.first(first)));
    }

    @BatchMapping(typeName = "Person", field = "positions")
    Map<Person, List<Position>> personPositions(List<Person> people) {
        return positions.ofPeople(people);
    }

    /** One loader for Company, GovernmentBody and OtherOrganization alike (see EntityController). */
    @SchemaMapping(typeName = "Organization", field = "positions")
    CompletableFuture<List<Position>> organizationPositions(Organization organization,
                                                            DataLoader<Organization, List<Position>> organizationPositions) {
        return organizationPositions.load(organization);
    }

    private static String blankToNull(String title) {
        return title == null || title.isBlank() ? null : title.strip();
    }
}
