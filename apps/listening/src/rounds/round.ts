import type { ResultsVisibility, RoundStatus, VotingMethod } from '@groundwork/contracts';

export interface RoundOption {
  id: string;
  position: number;
  title: string;
  description: string | null;
  candidateIssueId: string | null;
}

/** A prioritization round of the tenant in context, with its options in position order. */
export interface Round {
  id: string;
  title: string;
  description: string | null;
  method: VotingMethod;
  seats: number;
  status: RoundStatus;
  resultsVisibility: ResultsVisibility;
  secret: boolean;
  opensAt: Date | null;
  closesAt: Date | null;
  dotsPerVoter: number | null;
  scoreMin: number | null;
  scoreMax: number | null;
  tieBreakSeed: string;
  quorum: number | null;
  createdBy: string | null;
  createdAt: Date;
  openedAt: Date | null;
  closedAt: Date | null;
  options: RoundOption[];
}
