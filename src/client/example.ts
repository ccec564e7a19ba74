// Prints who said what about a topic, grouped by role, through the typed client:
//   npx tsx src/client/example.ts [endpoint] [topic]
import { createNewsClient } from './news-client.ts';

const [endpoint = 'http://localhost:4000/graphql', topic = 'NATO invitation'] = process.argv.slice(2);
const news = createNewsClient(endpoint);
const { statementsByRole } = await news.statementsByRole({ topic, first: 1 });
for (const group of statementsByRole) {
  const [first] = group.statements.nodes;
  console.log(
    `${group.role} (${group.count}): ${first ? `${first.speaker.name} ${first.cue ?? 'said'} "${first.text}"` : '—'}`,
  );
}
