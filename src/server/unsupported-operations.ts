// What this server does not do, answered as a clear 400 instead of a fault deep in execution:
// subscriptions (no Subscription type, no WebSocket or SSE transport) and incremental delivery
// (`@defer`/`@stream` need graphql 17; this service runs graphql 16).
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

const INCREMENTAL_DIRECTIVE = /^Unknown directive "@(defer|stream)"\.$/;

export function unsupportedOperationsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async validationDidStart() {
          return async (errors) => {
            for (const error of errors ?? []) {
              const directive = INCREMENTAL_DIRECTIVE.exec(error.message)?.[1];
              if (directive) {
                error.message =
                  `@${directive} is not supported: this server has no incremental delivery (it runs graphql 16). ` +
                  `Remove @${directive}; the fields then arrive in the one response.`;
              }
            }
          };
        },
        // Runs before the access check, so a client learns what is wrong whatever its key.
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'subscription') return;
          throw new GraphQLError(
            'Subscriptions are not supported by this server: send queries (poll `ingestionJobs` to follow ingestion).',
            { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
          );
        },
      };
    },
  };
}
