package org.papergraph.similarity;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommunityDetectionTest {

	private static final CommunityDetection.Settings SETTINGS = new CommunityDetection.Settings(1.0, 42, 10, 2);

	@Test
	void separatesTwoDenseGroupsJoinedByOneWeakLink() {
		CommunityDetection.Result result = CommunityDetection.detect(9, twoGroups(), SETTINGS);

		assertThat(result.communities()).hasSize(2);
		assertThat(result.communities().get(0).members()).containsExactlyInAnyOrder(0, 1, 2, 3);
		assertThat(result.communities().get(1).members()).containsExactlyInAnyOrder(4, 5, 6, 7);
		assertThat(result.communities().get(0).quality()).isGreaterThan(0.9).isLessThan(1.0);
		assertThat(result.communities().get(0).neighbours()).singleElement()
			.satisfies(link -> assertThat(link.community()).isEqualTo(1));
	}

	@Test
	void leavesUnlinkedNodesOutAndRanksMembersByCentrality() {
		CommunityDetection.Result result = CommunityDetection.detect(9, twoGroups(), SETTINGS);

		assertThat(result.communities()).noneMatch(c -> Arrays.stream(c.members()).anyMatch(m -> m == 8));
		CommunityDetection.Community first = result.communities().get(0);
		assertThat(first.centrality()[0]).isEqualTo(1.0);
		for (int i = 1; i < first.centrality().length; i++) {
			assertThat(first.centrality()[i]).isLessThanOrEqualTo(first.centrality()[i - 1]);
		}
	}

	@Test
	void givesTheSameCommunitiesForTheSameSeed() {
		CommunityDetection.Result once = CommunityDetection.detect(9, twoGroups(), SETTINGS);
		CommunityDetection.Result again = CommunityDetection.detect(9, twoGroups(), SETTINGS);

		assertThat(again.communities()).extracting(CommunityDetection.Community::members)
			.usingRecursiveFieldByFieldElementComparator()
			.isEqualTo(once.communities().stream().map(CommunityDetection.Community::members).toList());
	}

	private static WeightedEdges twoGroups() {
		WeightedEdges edges = new WeightedEdges(16);
		for (int group = 0; group < 2; group++) {
			for (int a = group * 4; a < group * 4 + 4; a++) {
				for (int b = a + 1; b < group * 4 + 4; b++) {
					edges.add(a, b, 1.0);
				}
			}
		}
		edges.add(0, 1, 0.5);
		edges.add(3, 4, 0.1);
		return edges;
	}

}
