/** The bus Roster publishes its event log to (source `roster`, detail-type the event's type). */
export const createBus = () => new sst.aws.Bus("RosterBus");
