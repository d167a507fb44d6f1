import { Box, Text, UnstyledButton } from '@mantine/core';
import {
  BaseEdge,
  Background,
  Controls,
  EdgeLabelRenderer,
  Handle,
  MarkerType,
  Position,
  ReactFlow,
  type Edge,
  type EdgeProps,
  type Node,
  type NodeProps,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo, type CSSProperties } from 'react';
import type { RelationalGraphQuery, RelationshipFieldsFragment } from '../../gql/graphql';
import { radialLayout } from './graph-layout';
import { fullName } from './person-names';
import { EDGE_LABELS } from './relationship-labels';

type Graph = RelationalGraphQuery['relationalGraph'];

interface PersonNodeData extends Record<string, unknown> {
  name: string;
  depth: number;
  archived: boolean;
}
type PersonNode = Node<PersonNodeData, 'person'>;

interface RelationshipEdgeData extends Record<string, unknown> {
  label: string;
  directed: boolean;
}
type RelationshipEdge = Edge<RelationshipEdgeData, 'relationship'>;

const NODE_WIDTH = 150;
const NODE_HEIGHT = 40;
/** Edges join node centres: a hidden handle sits in the middle of every node. */
const CENTRED_HANDLE: CSSProperties = {
  top: '50%',
  left: '50%',
  width: 1,
  height: 1,
  minWidth: 0,
  minHeight: 0,
  opacity: 0,
  border: 'none',
  transform: 'translate(-50%, -50%)',
};
const NODE_COLORS = [
  { background: 'var(--mantine-color-green-7)', color: 'white', border: 'var(--mantine-color-green-9)' },
  {
    background: 'var(--mantine-color-green-0)',
    color: 'var(--mantine-color-dark-7)',
    border: 'var(--mantine-color-green-5)',
  },
  {
    background: 'var(--mantine-color-gray-0)',
    color: 'var(--mantine-color-dark-6)',
    border: 'var(--mantine-color-gray-4)',
  },
];

const nodeTypes = { person: PersonNodeView };
const edgeTypes = { relationship: RelationshipEdgeView };

interface RelationalGraphViewProps {
  graph: Graph;
  onPersonClick: (personId: string) => void;
  onRelationshipClick?: (relationship: RelationshipFieldsFragment) => void;
}

/** The graph as rings around its centre; a person recentres it, a relationship can be clicked. */
export function RelationalGraphView({ graph, onPersonClick, onRelationshipClick }: RelationalGraphViewProps) {
  const { nodes, edges } = useMemo(() => toFlow(graph), [graph]);
  const byId = useMemo(() => new Map(graph.edges.map((edge) => [edge.id, edge])), [graph.edges]);
  return (
    <Box
      h={560}
      style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}
      data-testid="relational-graph"
    >
      <ReactFlow<PersonNode, RelationshipEdge>
        // Fit the view again whenever the set of people changes (e.g. after adding a relationship).
        key={nodes.map((node) => node.id).join()}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        nodeOrigin={[0.5, 0.5]}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        // A click anywhere on a node (or Enter on its button) recentres; it also keeps nodes clickable.
        onNodeClick={(_, node) => onPersonClick(node.id)}
        onEdgeClick={(_, edge) => {
          const relationship = byId.get(edge.id);
          if (relationship) onRelationshipClick?.(relationship);
        }}
        fitView
        fitViewOptions={{ padding: 0.15 }}
        minZoom={0.2}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </Box>
  );
}

function toFlow(graph: Graph) {
  const positions = radialLayout(
    graph.nodes.map((node) => ({ id: node.personId, depth: node.depth })),
    graph.edges.map((edge) => ({ from: edge.fromPersonId, to: edge.toPersonId })),
  );
  const nodes: PersonNode[] = graph.nodes.map((node) => ({
    id: node.personId,
    type: 'person',
    position: positions.get(node.personId) ?? { x: 0, y: 0 },
    width: NODE_WIDTH,
    height: NODE_HEIGHT,
    data: {
      name: fullName(node.person),
      depth: node.depth,
      archived: Boolean(node.person?.archivedAt),
    },
  }));
  const edges: RelationshipEdge[] = graph.edges.map((edge) => ({
    id: edge.id,
    source: edge.fromPersonId,
    target: edge.toPersonId,
    type: 'relationship',
    markerEnd: edge.directed ? { type: MarkerType.ArrowClosed, width: 18, height: 18 } : undefined,
    data: { label: EDGE_LABELS[edge.type], directed: edge.directed },
  }));
  return { nodes, edges };
}

function PersonNodeView({ data }: NodeProps<PersonNode>) {
  const colors = NODE_COLORS[Math.min(data.depth, 2)] ?? NODE_COLORS[2];
  return (
    <>
      <Handle type="target" position={Position.Top} isConnectable={false} style={CENTRED_HANDLE} />
      <UnstyledButton
        title={data.depth === 0 ? data.name : `Show ${data.name}'s relationships`}
        aria-label={data.depth === 0 ? `${data.name} (centre)` : `Show ${data.name}'s relationships`}
        style={{
          width: NODE_WIDTH,
          height: NODE_HEIGHT,
          borderRadius: NODE_HEIGHT / 2,
          border: `${data.depth === 0 ? 2 : 1}px solid ${colors?.border}`,
          background: colors?.background,
          color: colors?.color,
          opacity: data.archived ? 0.55 : 1,
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          padding: '0 10px',
        }}
      >
        <Text size="sm" fw={data.depth === 0 ? 700 : 500} truncate="end" inherit>
          {data.name}
        </Text>
      </UnstyledButton>
      <Handle type="source" position={Position.Bottom} isConnectable={false} style={CENTRED_HANDLE} />
    </>
  );
}

/** A straight line between node borders (not centres, so arrows stay visible), labelled mid-way. */
function RelationshipEdgeView({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  markerEnd,
  data,
}: EdgeProps<RelationshipEdge>) {
  const [x1, y1] = borderPoint(sourceX, sourceY, targetX, targetY);
  const [x2, y2] = borderPoint(targetX, targetY, sourceX, sourceY);
  const labelX = (x1 + x2) / 2;
  const labelY = (y1 + y2) / 2;
  return (
    <>
      <BaseEdge
        id={id}
        path={`M ${x1},${y1} L ${x2},${y2}`}
        markerEnd={markerEnd}
        interactionWidth={16}
        style={{ stroke: 'var(--mantine-color-gray-6)', strokeWidth: 1.5 }}
      />
      {data && (
        <EdgeLabelRenderer>
          <div
            className="nodrag nopan"
            style={{
              position: 'absolute',
              transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`,
              background: 'var(--mantine-color-body)',
              border: '1px solid var(--mantine-color-gray-3)',
              borderRadius: 4,
              padding: '0 6px',
              fontSize: 11,
              color: 'var(--mantine-color-dimmed)',
              pointerEvents: 'none',
              whiteSpace: 'nowrap',
            }}
          >
            {data.label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

/** Where the line from (x, y) towards (towardX, towardY) leaves the node box centred on (x, y). */
function borderPoint(x: number, y: number, towardX: number, towardY: number): [number, number] {
  const dx = towardX - x;
  const dy = towardY - y;
  if (dx === 0 && dy === 0) return [x, y];
  const scale = Math.min(
    dx === 0 ? Infinity : NODE_WIDTH / 2 / Math.abs(dx),
    dy === 0 ? Infinity : NODE_HEIGHT / 2 / Math.abs(dy),
  );
  return [x + dx * scale + Math.sign(dx) * 2, y + dy * scale + Math.sign(dy) * 2];
}
