package org.papergraph.system;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * One {@code V###__Description.cypher} script: its version, description, checksum and statements.
 *
 * @param version the number after {@code V}
 * @param description the words after the double underscore
 * @param checksum a CRC32 of the script text, to detect a script edited after it was applied
 * @param statements the Cypher statements, in order, without comments
 */
record Migration(int version, String description, long checksum, List<String> statements) {

	private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.cypher");

	/** Parses a script; the file name must follow {@code V###__Description.cypher}. */
	static Migration parse(String fileName, String script) {
		Matcher matcher = NAME.matcher(fileName);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Migration file name must look like V001__Description.cypher: " + fileName);
		}
		CRC32 crc = new CRC32();
		crc.update(script.getBytes(UTF_8));
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : script.split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("//")) {
				continue;
			}
			current.append(line).append('\n');
			if (trimmed.endsWith(";")) {
				statements.add(current.toString().strip().replaceAll(";$", ""));
				current.setLength(0);
			}
		}
		if (!current.toString().isBlank()) {
			statements.add(current.toString().strip());
		}
		return new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2).replace('_', ' '), crc.getValue(),
				List.copyOf(statements));
	}

}
