/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query WebViewer {\n  viewer {\n    subject\n    roles\n    capabilities\n    organization {\n      id\n      legalName\n    }\n  }\n}\n\nquery WebDeadlines($first: Int = 200) {\n  deadlines(\n    filter: {status: [PENDING, OVERDUE, TO_CLASSIFY]}\n    orderBy: {field: DUE_AT, direction: ASC}\n    first: $first\n  ) {\n    totalCount\n    edges {\n      node {\n        id\n        obligation {\n          code\n          label\n          authority\n          party\n          status\n          dueAt\n          basis\n        }\n        incident {\n          id\n          title\n        }\n        exposure {\n          id\n          controller {\n            id\n            legalName\n          }\n        }\n        notification {\n          id\n          number\n          type\n          status\n        }\n      }\n    }\n  }\n}\n\nsubscription WebDeadlineAlerts {\n  deadlineAlerts {\n    alertId\n    obligationId\n  }\n}\n\nsubscription WebNotificationChanged {\n  notificationChanged {\n    notificationId\n    version\n  }\n}": typeof types.WebViewerDocument,
};
const documents: Documents = {
    "query WebViewer {\n  viewer {\n    subject\n    roles\n    capabilities\n    organization {\n      id\n      legalName\n    }\n  }\n}\n\nquery WebDeadlines($first: Int = 200) {\n  deadlines(\n    filter: {status: [PENDING, OVERDUE, TO_CLASSIFY]}\n    orderBy: {field: DUE_AT, direction: ASC}\n    first: $first\n  ) {\n    totalCount\n    edges {\n      node {\n        id\n        obligation {\n          code\n          label\n          authority\n          party\n          status\n          dueAt\n          basis\n        }\n        incident {\n          id\n          title\n        }\n        exposure {\n          id\n          controller {\n            id\n            legalName\n          }\n        }\n        notification {\n          id\n          number\n          type\n          status\n        }\n      }\n    }\n  }\n}\n\nsubscription WebDeadlineAlerts {\n  deadlineAlerts {\n    alertId\n    obligationId\n  }\n}\n\nsubscription WebNotificationChanged {\n  notificationChanged {\n    notificationId\n    version\n  }\n}": types.WebViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebViewer {\n  viewer {\n    subject\n    roles\n    capabilities\n    organization {\n      id\n      legalName\n    }\n  }\n}\n\nquery WebDeadlines($first: Int = 200) {\n  deadlines(\n    filter: {status: [PENDING, OVERDUE, TO_CLASSIFY]}\n    orderBy: {field: DUE_AT, direction: ASC}\n    first: $first\n  ) {\n    totalCount\n    edges {\n      node {\n        id\n        obligation {\n          code\n          label\n          authority\n          party\n          status\n          dueAt\n          basis\n        }\n        incident {\n          id\n          title\n        }\n        exposure {\n          id\n          controller {\n            id\n            legalName\n          }\n        }\n        notification {\n          id\n          number\n          type\n          status\n        }\n      }\n    }\n  }\n}\n\nsubscription WebDeadlineAlerts {\n  deadlineAlerts {\n    alertId\n    obligationId\n  }\n}\n\nsubscription WebNotificationChanged {\n  notificationChanged {\n    notificationId\n    version\n  }\n}"): (typeof documents)["query WebViewer {\n  viewer {\n    subject\n    roles\n    capabilities\n    organization {\n      id\n      legalName\n    }\n  }\n}\n\nquery WebDeadlines($first: Int = 200) {\n  deadlines(\n    filter: {status: [PENDING, OVERDUE, TO_CLASSIFY]}\n    orderBy: {field: DUE_AT, direction: ASC}\n    first: $first\n  ) {\n    totalCount\n    edges {\n      node {\n        id\n        obligation {\n          code\n          label\n          authority\n          party\n          status\n          dueAt\n          basis\n        }\n        incident {\n          id\n          title\n        }\n        exposure {\n          id\n          controller {\n            id\n            legalName\n          }\n        }\n        notification {\n          id\n          number\n          type\n          status\n        }\n      }\n    }\n  }\n}\n\nsubscription WebDeadlineAlerts {\n  deadlineAlerts {\n    alertId\n    obligationId\n  }\n}\n\nsubscription WebNotificationChanged {\n  notificationChanged {\n    notificationId\n    version\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;