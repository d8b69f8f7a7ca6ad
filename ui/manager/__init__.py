"""The manager's station (经理看板): the dashboard tab, the statistics report tab, their charts."""
